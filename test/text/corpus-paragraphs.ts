/**
Test helper: the paragraphs and headline of a corpus file, crudely extracted (tags stripped between
`>` and `<`, a few entities decoded, controls dropped as the reader's sanitiser does). Good enough to
feed the wrapper real text; not the article parser.
*/
import fs from 'node:fs';
import path from 'node:path';

const ENTITIES: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: '\'', nbsp: '\u00A0'};

function decode(text: string): string {
	return text.replaceAll(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
		if (name.startsWith('#')) {
			const code = /^#x/i.test(name) ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
			return code > 0 && code < 0x11_00_00 && !(code >= 0xd8_00 && code < 0xe0_00) ? String.fromCodePoint(code) : whole;
		}

		return ENTITIES[name.toLowerCase()] ?? whole;
	});
}

const clean = (text: string): string => text.replaceAll(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, '');

/** Headline and paragraph texts of one article file's source. */
export function paragraphsOf(source: string): string[] {
	const paragraphs: string[] = [];
	const headline = /^\[(.*?)\]\(/ms.exec(source);
	if (headline?.[1] !== undefined) {
		paragraphs.push(clean(decode(headline[1].replaceAll(/\s+/g, ' '))));
	}

	for (const piece of source.split(/<\/(?:p|h\d|li|div|blockquote|figcaption)>|<br\s*\/?>/i)) {
		const text = clean(decode(piece.replaceAll(/<[^>]*>/g, '')));
		if (/\S/.test(text)) {
			paragraphs.push(text);
		}
	}

	return paragraphs;
}

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
