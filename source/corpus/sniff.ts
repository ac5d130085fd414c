/** Telling article files from other files by their first bytes, not their names. */

/** How far to look for NUL bytes: text files never hold one, binaries almost always do early. */
const sniffLength = 8192;

function isAsciiSpace(byte: number): boolean {
	return byte === 0x20 || (byte >= 0x09 && byte <= 0x0D);
}

/** `<` opens `<!--ms-->` and HTML; `[` the link header; `---` front matter. */
function opensArticle(first: string, rest: string): boolean {
	return first === '<' || first === '[' || (first === '-' && rest.startsWith('--'));
}

/**
UTF-16 text (known by its BOM) holds a NUL in every ASCII character, so it is judged on its decoded
characters instead of its bytes.
*/
function sniffUtf16(head: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string | null {
	const text = new TextDecoder(encoding).decode(head.subarray(0, head.length - (head.length % 2)));
	if (text.includes('\u0000')) {
		return 'not an article (binary)';
	}

	const trimmed = text.trimStart();
	if (trimmed === '') {
		return 'empty file';
	}

	return opensArticle(trimmed.charAt(0), trimmed.slice(1)) ? null : 'not an article (no header or HTML)';
}

/** The first line of an article file: a timestamp comment, a link header, front matter, or an HTML tag. */
const headerLine = /^(?:\uFEFF)?\s*(?:<!--\s*\d{10,13}\s*-->|\[[^\n]*\]\([^\n]*\)|---\s*$|<(?:!doctype|html|head|body|p|div|h[1-6]|article)\b)/i;

/**
Whether the bytes before the first NUL open with an article's header: such a file is an article with
a damaged body (loaded with the NULs removed), not a binary that happens to start with `<`.
*/
function headerBeforeNul(head: Uint8Array): boolean {
	const before = head.subarray(0, head.indexOf(0));
	const firstLine = new TextDecoder().decode(before).split('\n', 1)[0] ?? '';
	return before.includes(0x0A) && headerLine.test(firstLine);
}

/**
Returns null when `bytes` look like an article file (`<!--digits-->`, `[`, `---` front matter or
HTML, after an optional BOM and whitespace), else the reason it is not one. UTF-16 with a BOM is
judged on its characters.

@example
sniffArticle(Buffer.from('<!--1595260509000-->\n[t](u)')) // null
sniffArticle(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0])) // 'not an article (binary)'
*/
export function sniffArticle(bytes: Uint8Array): string | null {
	if (bytes.length === 0) {
		return 'empty file';
	}

	const head = bytes.subarray(0, sniffLength);
	if (head[0] === 0xFF && head[1] === 0xFE) {
		return sniffUtf16(head, 'utf-16le');
	}

	if (head[0] === 0xFE && head[1] === 0xFF) {
		return sniffUtf16(head, 'utf-16be');
	}

	if (head.includes(0) && !headerBeforeNul(head)) {
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

	const rest = String.fromCodePoint(head[index + 1] ?? 0, head[index + 2] ?? 0);
	return opensArticle(String.fromCodePoint(first), rest) ? null : 'not an article (no header or HTML)';
}
