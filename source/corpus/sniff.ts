/** Telling article files from other files by their first bytes, not their names. */

/** How far to look for NUL bytes: text files never hold one, binaries almost always do early. */
const sniffLength = 8192;

function isAsciiSpace(byte: number): boolean {
	return byte === 0x20 || (byte >= 0x09 && byte <= 0x0D);
}

/**
Returns null when `bytes` look like an article file (`<!--digits-->`, `[`, `---` front matter or
HTML, after an optional BOM and whitespace), else the reason it is not one.

@example
sniffArticle(Buffer.from('<!--1595260509000-->\n[t](u)')) // null
sniffArticle(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0])) // 'not an article (binary)'
*/
export function sniffArticle(bytes: Uint8Array): string | null {
	if (bytes.length === 0) {
		return 'empty file';
	}

	const head = bytes.subarray(0, sniffLength);
	if (head.includes(0)) {
		return 'not an article (binary)';
	}

	let index = head[0] === 0xEF && head[1] === 0xBB && head[2] === 0xBF ? 3 : 0;
	// Skip ASCII whitespace.
	while (index < head.length && isAsciiSpace(head[index] ?? 0)) {
		index++;
	}

	const first = head[index];
	if (first === undefined) {
		return 'empty file';
	}

	// `<` opens `<!--ms-->` and HTML; `[` the link header; `-` front matter.
	if (first === 0x3C || first === 0x5B || (first === 0x2D && head[index + 1] === 0x2D && head[index + 2] === 0x2D)) {
		return null;
	}

	return 'not an article (no header or HTML)';
}
