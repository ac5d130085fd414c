/**
Wrapping of styled text (bold, links, search hits): breaks are chosen on the plain text alone and the
styles are laid over them by offset afterwards, so highlighting a hit can never move a line break.
*/
import type {WidthOptions} from './grapheme-width.js';
import {wrapRanges, type LineRange} from './wrap.js';

/** A stretch of text with one style; the style is whatever the caller needs (flags, a link target). */
export type StyledRun<S> = {readonly text: string; readonly style: S};

/**
One wrapped line: its styled pieces, and the offsets `[start, end)` it covers in the plain text
(the runs' texts joined), so a search hit's offset maps to a line number.
*/
export type StyledLine<S> = {readonly segments: ReadonlyArray<StyledRun<S>>; readonly start: number; readonly end: number};

/** The runs' texts joined: the plain text that offsets index into. */
export function runsPlainText<S>(runs: ReadonlyArray<StyledRun<S>>): string {
	let text = '';
	for (const run of runs) {
		text += run.text;
	}

	return text;
}

/**
Wraps styled runs to `width` columns, breaking exactly where `wrapText` breaks the joined text.

@example
wrapRuns([{text: '中文', style: 'plain'}, {text: '粗体', style: 'bold'}], 6)
//=> [{segments: [{text: '中文', style: 'plain'}, {text: '粗', style: 'bold'}], start: 0, end: 3}, …]
*/
export function wrapRuns<S>(runs: ReadonlyArray<StyledRun<S>>, width: number, options: WidthOptions = {}): Array<StyledLine<S>> {
	const ranges = wrapRanges(runsPlainText(runs), width, options);
	return sliceRuns(runs, ranges);
}

/** Cuts `runs` into the given increasing, non-overlapping offset ranges of their joined text. */
export function sliceRuns<S>(runs: ReadonlyArray<StyledRun<S>>, ranges: readonly LineRange[]): Array<StyledLine<S>> {
	const lines: Array<StyledLine<S>> = [];
	let runIndex = 0;
	let runStart = 0;
	for (const {start, end} of ranges) {
		// Skip runs that end before this line: ranges only move forward, so this stays linear.
		while (runIndex < runs.length && runStart + (runs[runIndex]?.text.length ?? 0) <= start) {
			runStart += runs[runIndex]?.text.length ?? 0;
			runIndex++;
		}

		const segments: Array<StyledRun<S>> = [];
		let index = runIndex;
		let offset = runStart;
		while (index < runs.length && offset < end) {
			const run = runs[index];
			if (run === undefined) {
				break;
			}

			const from = Math.max(start, offset) - offset;
			const to = Math.min(end, offset + run.text.length) - offset;
			if (to > from) {
				segments.push({text: run.text.slice(from, to), style: run.style});
			}

			offset += run.text.length;
			index++;
		}

		lines.push({segments, start, end});
	}

	return lines;
}
