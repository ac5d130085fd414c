/**
Analysis of one paragraph (text without line breaks) for wrapping: its grapheme clusters, their
widths, and how much a break before each cluster is allowed.
*/
import {BREAK_SPACE, DIGIT_PREFIX, GLUE, NO_END, NO_START, QUOTE_ASCII, TOKEN_PATTERN, startsWithNumber} from './break-rules.js';
import {forEachGrapheme} from './graphemes.js';
import {graphemeWidth} from './grapheme-width.js';

/** Break levels, from most to least allowed. */
export const BreakLevel = {
	/** First visible cluster of the paragraph. */
	start: 0,
	/** A legal break opportunity. */
	open: 1,
	/** Forbidden by a line-start or line-end rule, glue or a sign: only inside a unit wider than the pane. */
	kinsoku: 2,
	/** Inside a Latin word, number or URL: only inside a word wider than the pane. */
	word: 3,
	/** Not a visible cluster: a breakable space, tab or ZWSP, dropped at a break. */
	space: 4,
} as const;

export type Paragraph = {
	readonly text: string;
	/** Offset of each cluster in `text`, plus `text.length` at the end. */
	readonly starts: readonly number[];
	/** Columns of each cluster (0 for a tab: it depends on the column). */
	readonly widths: readonly number[];
	/** Whether each cluster is a tab. */
	readonly tabs: Uint8Array;
	/** `BreakLevel` of the position before each cluster. */
	readonly levels: Uint8Array;
};

/** Clusters, widths and break levels of `text`, which holds no line break. Linear time. */
export function analyseParagraph(text: string, ambiguousWide: boolean): Paragraph {
	const starts: number[] = [];
	const widths: number[] = [];
	forEachGrapheme(text, (start, end) => {
		starts.push(start);
		widths.push(end - start === 1 && text.charCodeAt(start) === 0x09 ? 0 : graphemeWidth(text.slice(start, end), ambiguousWide));
	});
	const count = starts.length;
	starts.push(text.length);
	const tokens = tokenOfClusters(text, starts);
	const tabs = new Uint8Array(count);
	const levels = new Uint8Array(count);
	let last = -1;
	let lastCode = 0;
	let sawSpace = false;
	for (let index = 0; index < count; index++) {
		const code = text.codePointAt(starts[index] ?? 0) ?? 0;
		if (BREAK_SPACE.has(code)) {
			tabs[index] = code === 0x09 ? 1 : 0;
			levels[index] = BreakLevel.space;
			sawSpace = true;
			continue;
		}

		levels[index] = last < 0 ? BreakLevel.start : levelBetween(index, last, lastCode, code, sawSpace, tokens);
		last = index;
		lastCode = code;
		sawSpace = false;
	}

	return {text, starts, widths, tabs, levels};
}

function levelBetween(index: number, last: number, lastCode: number, code: number, sawSpace: boolean, tokens: Int32Array): number {
	const token = tokens[last] ?? -1;
	if (!sawSpace && token >= 0 && token === tokens[index]) {
		return BreakLevel.word;
	}

	if (NO_START.has(code) || NO_END.has(lastCode)) {
		return BreakLevel.kinsoku;
	}

	// Glue, ASCII quotes and signs hold only to a direct neighbour: a space between frees them.
	if (!sawSpace && (GLUE.has(code) || GLUE.has(lastCode) || QUOTE_ASCII.has(code) || QUOTE_ASCII.has(lastCode)
		|| (DIGIT_PREFIX.has(lastCode) && startsWithNumber(String.fromCodePoint(code))))) {
		return BreakLevel.kinsoku;
	}

	return BreakLevel.open;
}

/** For each cluster, the index of the word/number/URL token it lies wholly inside, or -1. */
function tokenOfClusters(text: string, starts: readonly number[]): Int32Array {
	const count = starts.length - 1;
	const tokens = new Int32Array(count).fill(-1);
	let cluster = 0;
	let id = 0;
	for (const match of text.matchAll(TOKEN_PATTERN)) {
		const start = match.index;
		const end = start + match[0].length;
		while (cluster < count && (starts[cluster] ?? 0) < start) {
			cluster++;
		}

		while (cluster < count && (starts[cluster + 1] ?? 0) <= end) {
			tokens[cluster] = id;
			cluster++;
		}

		id++;
	}

	return tokens;
}
