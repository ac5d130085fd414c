/**
Analysis of one paragraph (text without line breaks) for wrapping: its grapheme clusters, their
widths, and how much a break before each cluster is allowed.
*/
import {BreakClass, TOKEN_PATTERN, breakClass, startsWithNumber} from './break-rules.js';
import {forEachGrapheme} from './graphemes.js';
import {graphemeWidth} from './grapheme-width.js';
import {classWithRole, quoteRoles} from './quote-roles.js';

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
	readonly starts: Int32Array;
	/** Columns of each cluster (0 for a tab: it depends on the column). */
	readonly widths: Uint8Array;
	/** Whether each cluster is a tab. */
	readonly tabs: Uint8Array;
	/** `BreakLevel` of the position before each cluster. */
	readonly levels: Uint8Array;
};

/** Clusters, widths and break levels of `text`, which holds no line break. Linear time. */
export function analyseParagraph(text: string, ambiguousWide: boolean): Paragraph {
	// Typed arrays sized for the worst case (one cluster per unit): no growth, no boxing.
	const starts = new Int32Array(text.length + 1);
	const widths = new Uint8Array(text.length);
	let count = 0;
	forEachGrapheme(text, (start, end) => {
		starts[count] = start;
		widths[count] = end - start === 1 ? unitWidth(text, start, ambiguousWide) : graphemeWidth(text.slice(start, end), ambiguousWide);
		count++;
	});
	starts[count] = text.length;
	const tokens = tokenOfClusters(text, starts, count);
	const roles = quoteRoles(text, starts, count);
	const tabs = new Uint8Array(count);
	const levels = new Uint8Array(count);
	let last = -1;
	let lastClass = 0;
	let sawSpace = false;
	for (let index = 0; index < count; index++) {
		const code = text.codePointAt(starts[index] ?? 0) ?? 0;
		const flags = roles === null ? breakClass(code) : classWithRole(breakClass(code), roles[index] ?? 0);
		if ((flags & BreakClass.space) !== 0) {
			tabs[index] = code === 0x09 ? 1 : 0;
			levels[index] = BreakLevel.space;
			sawSpace = true;
			continue;
		}

		levels[index] = last < 0 ? BreakLevel.start
			: !sawSpace && (tokens[last] ?? -1) >= 0 && tokens[last] === tokens[index] ? BreakLevel.word
				: levelBetween(lastClass, flags, code, sawSpace);
		last = index;
		lastClass = flags;
		sawSpace = false;
	}

	return {text, starts: starts.subarray(0, count + 1), widths: widths.subarray(0, count), tabs, levels};
}

function levelBetween(lastClass: number, flags: number, code: number, sawSpace: boolean): number {
	if ((flags & BreakClass.noStart) !== 0 || (lastClass & BreakClass.noEnd) !== 0) {
		return BreakLevel.kinsoku;
	}

	// Glue, ASCII quotes and signs hold only to a direct neighbour: a space between frees them.
	if (!sawSpace && (((flags | lastClass) & (BreakClass.glue | BreakClass.quote)) !== 0
		|| ((lastClass & BreakClass.digitPrefix) !== 0 && startsWithNumber(String.fromCodePoint(code))))) {
		return BreakLevel.kinsoku;
	}

	return BreakLevel.open;
}

/** Width of a one-unit cluster at `index`, without making a string for the common cases. */
function unitWidth(text: string, index: number, ambiguousWide: boolean): number {
	const code = text.charCodeAt(index);
	if (code >= 0x20 && code < 0x7f) {
		return 1;
	}

	if ((code >= 0x4e_00 && code <= 0x9f_ff) || (code >= 0x34_00 && code <= 0x4d_bf)) {
		return 2;
	}

	return code === 0x09 ? 0 : graphemeWidth(text[index] ?? '', ambiguousWide);
}

/** For each cluster, the index of the word/number/URL token it lies wholly inside, or -1. */
function tokenOfClusters(text: string, starts: Int32Array, count: number): Int32Array {
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
