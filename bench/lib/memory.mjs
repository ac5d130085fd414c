// Sizes for the memory figures: a corpus on disk, and resident memory after a full collection.
import fs from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';

/** Bytes of all files below `folder`. */
export async function diskSize(folder) {
	const entries = await fs.readdir(folder, {recursive: true, withFileTypes: true});
	let bytes = 0;
	for (const entry of entries.filter(entry => entry.isFile())) {
		bytes += (await fs.stat(path.join(entry.parentPath ?? entry.path, entry.name))).size;
	}

	return bytes;
}

/** Resident set size, after a full collection when node runs with --expose-gc. */
export function residentMemory() {
	globalThis.gc?.();
	return process.memoryUsage().rss;
}
