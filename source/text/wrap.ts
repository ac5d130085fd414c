/**
Line wrapping for Chinese, Japanese, Korean and Latin text in a terminal, following the rules of
/shared/typography/README.md: display widths, 行首行尾禁则 by push-out, whole words and numbers, full
lines, kept hard breaks, graphemes as atoms. Linear time.
*/
import {analyseParagraph} from './break-levels.js';
import type {WidthOptions} from './grapheme-width.js';
import {wrapParagraph} from './wrap-paragraph.js';

/** One output line as the offsets `[start, end)` of the text it shows, in the original string. */
export type LineRange = {readonly start: number; readonly end: number};

const HARD_BREAK = /\r\n|\r|\n/g;

/**
Where `text` breaks into lines of at most `width` columns: one range per line, in order. A hard break
(`\n`, `\r\n`, `\r`) always ends a line and an empty paragraph gives an empty line; spaces, tabs and
ZWSP at a soft break belong to no line. Tabs stay in the lines and count to 8-column stops.
*/
export function wrapRanges(text: string, width: number, options: WidthOptions = {}): LineRange[] {
	const columns = Math.max(1, Math.floor(width));
	const ambiguousWide = options.ambiguousWide ?? false;
	const ranges: LineRange[] = [];
	let start = 0;
	const addParagraph = (end: number): void => {
		const paragraph = text.slice(start, end);
		for (const span of wrapParagraph(analyseParagraph(paragraph, ambiguousWide), columns)) {
			ranges.push({start: start + span.start, end: start + span.end});
		}
	};

	for (const match of text.matchAll(HARD_BREAK)) {
		addParagraph(match.index);
		start = match.index + match[0].length;
	}

	addParagraph(text.length);
	return ranges;
}

/**
Wraps `text` to lines of at most `width` display columns (only a single cluster wider than the pane
may exceed it, alone on its line).

@example
wrapText('他说：“你好。”我们走吧。', 10)
//=> ['他说：“你', '好。”我们', '走吧。']
*/
export function wrapText(text: string, width: number, options: WidthOptions = {}): string[] {
	return wrapRanges(text, width, options).map(range => text.slice(range.start, range.end));
}
