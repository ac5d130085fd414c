/**
Display width of text in terminal columns: the only place widths are computed (`.length` is never a width).
*/
import {forEachGrapheme} from './graphemes.js';
import {graphemeWidth, type WidthOptions} from './grapheme-width.js';

export type {WidthOptions} from './grapheme-width.js';

/** Tab stops every 8 columns, as terminals set them by default. */
export const TAB_SIZE = 8;

/** The column a tab at column `column` moves the cursor to. */
export function nextTabStop(column: number): number {
	return (Math.floor(column / TAB_SIZE) + 1) * TAB_SIZE;
}

/**
Columns `text` occupies when printed from the start of a line: string-width per grapheme cluster,
tabs to the next 8-column stop. For text with line breaks, the widest line.

@example
displayWidth('中文ab') // 6
displayWidth('“引”', {ambiguousWide: true}) // 6
*/
export function displayWidth(text: string, options: WidthOptions = {}): number {
	// Printable ASCII: one column each, no segmentation needed.
	if (/^[\u0020-\u007E]*$/.test(text)) {
		return text.length;
	}

	const ambiguousWide = options.ambiguousWide ?? false;
	let column = 0;
	let widest = 0;
	forEachGrapheme(text, (start, end) => {
		const code = text.charCodeAt(start);
		if (code === 0x09) {
			column = nextTabStop(column);
		} else if (code === 0x0a || code === 0x0d) {
			widest = Math.max(widest, column);
			column = 0;
		} else {
			column += graphemeWidth(end - start === 1 ? text[start] ?? '' : text.slice(start, end), ambiguousWide);
		}
	});
	return Math.max(widest, column);
}
