/** Test helpers for runs over the shared corpus: its files in a stable order, and a seeded random. */
import fs from 'node:fs';
import path from 'node:path';

/** Every file under `root`, sorted, so samples are the same on every machine. */
export function corpusFiles(root: string): string[] {
	const files: string[] = [];
	const walk = (directory: string): void => {
		for (const entry of fs.readdirSync(directory, {withFileTypes: true})) {
			const full = path.join(directory, entry.name);
			if (entry.isDirectory()) {
				walk(full);
			} else {
				files.push(full);
			}
		}
	};

	walk(root);
	return files.sort();
}

/** A small seeded generator (LCG) so the sampled cases are reproducible. */
export function seededRandom(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
		return state / 2_147_483_648;
	};
}
