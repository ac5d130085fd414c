/**
Line wrapping for Chinese, Japanese, Korean and Latin text in a terminal, following the rules of
/shared/typography/README.md: display widths, 行首行尾禁则 by push-out, whole words and numbers, full
lines, kept hard breaks, graphemes as atoms. Linear time.
*/
import {analyseParagraph} from './break-levels.js';
import {escapedLines} from './escaped-lines.js';
import {mayHoldEscapes, separateEscapes} from './escape-sequences.js';
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

Escape sequences already in the text (SGR colours, OSC 8 hyperlinks, other CSI and OSC) take no
columns and are never split; a style or hyperlink open at a break is closed at the end of the line
and opened again on the next, so each line can be printed on its own.

@example
wrapText('他说：“你好。”我们走吧。', 10)
//=> ['他说：“你', '好。”我们', '走吧。']
wrapText('\u001B[31m红色 文字\u001B[39m', 4)
//=> ['\u001B[31m红色\u001B[39m', '\u001B[31m文字\u001B[39m']
*/
export function wrapText(text: string, width: number, options: WidthOptions = {}): string[] {
	if (mayHoldEscapes(text)) {
		const escaped = separateEscapes(text);
		if (escaped.escapes.length > 0) {
			return escapedLines(escaped, wrapRanges(escaped.plain, width, options));
		}
	}

	return wrapRanges(text, width, options).map(range => text.slice(range.start, range.end));
}
