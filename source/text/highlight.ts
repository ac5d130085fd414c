/**
Laying highlight ranges (search hits, given as offsets into the plain text) over styled runs.
*/
import type {StyledRun} from './wrap-runs.js';

/** A stretch of the plain text to mark, `[start, end)`. */
export type TextRange = {readonly start: number; readonly end: number};

/**
Splits `runs` at the edges of `ranges` and restyles the parts inside a range with `mark(style, range)`.
The text is unchanged, so breaks chosen on it stay where they are. Ranges may come in any order;
where two overlap, the first in offset order wins.

@example
splitRunsAtRanges([{text: '北京新闻', style: {hit: false}}], [{start: 0, end: 2}], style => ({...style, hit: true}))
//=> [{text: '北京', style: {hit: true}}, {text: '新闻', style: {hit: false}}]
*/
export function splitRunsAtRanges<S, R extends TextRange>(
	runs: ReadonlyArray<StyledRun<S>>,
	ranges: readonly R[],
	mark: (style: S, range: R) => S,
): Array<StyledRun<S>> {
	const sorted = ranges.filter(range => range.end > range.start).sort((a, b) => a.start - b.start);
	const result: Array<StyledRun<S>> = [];
	let rangeIndex = 0;
	let offset = 0;
	for (const run of runs) {
		const runEnd = offset + run.text.length;
		let position = offset;
		while (position < runEnd) {
			// Ranges that end before this position are done.
			while (rangeIndex < sorted.length && (sorted[rangeIndex]?.end ?? 0) <= position) {
				rangeIndex++;
			}

			const range = sorted[rangeIndex];
			if (range === undefined || range.start >= runEnd) {
				result.push({text: run.text.slice(position - offset), style: run.style});
				position = runEnd;
			} else if (range.start > position) {
				result.push({text: run.text.slice(position - offset, range.start - offset), style: run.style});
				position = range.start;
			} else {
				const stop = Math.min(range.end, runEnd);
				result.push({text: run.text.slice(position - offset, stop - offset), style: mark(run.style, range)});
				position = stop;
			}
		}

		offset = runEnd;
	}

	return result;
}
