/**
One ambiguous-width setting for the whole program: every width, wrap, truncation and padding goes
through the measure made once at start-up, so no part of the screen measures `“` differently.
*/
import {displayWidth} from './display-width.js';
import {graphemeWidth} from './grapheme-width.js';
import {padToWidth, truncateToWidth} from './truncate.js';
import {wrapRanges, wrapText, type LineRange} from './wrap.js';
import {wrapRuns, type StyledLine, type StyledRun} from './wrap-runs.js';

export type Measure = {
	readonly ambiguousWide: boolean;
	/** Display width in columns (see `displayWidth`). */
	readonly width: (text: string) => number;
	/** Columns of one grapheme cluster (see `graphemeWidth`), for code that fits text cluster by cluster. */
	readonly cell: (grapheme: string) => number;
	/** Lines of at most `columns` (see `wrapText`). */
	readonly wrap: (text: string, columns: number) => string[];
	/** Line offsets of the wrapped text (see `wrapRanges`). */
	readonly wrapRanges: (text: string, columns: number) => LineRange[];
	/** Styled runs wrapped like their plain text (see `wrapRuns`). */
	readonly wrapRuns: <S>(runs: ReadonlyArray<StyledRun<S>>, columns: number) => Array<StyledLine<S>>;
	/** Cut to `columns` with `…` (see `truncateToWidth`). */
	readonly truncate: (text: string, columns: number) => string;
	/** Cut and padded to exactly `columns` (see `padToWidth`). */
	readonly pad: (text: string, columns: number) => string;
};

/**
Text measuring functions bound to one ambiguous-width setting.

@example
const measure = createMeasure({ambiguousWide: true});
measure.width('“好”') //=> 6
*/
export function createMeasure(options: {readonly ambiguousWide: boolean}): Measure {
	const setting = {ambiguousWide: options.ambiguousWide};
	return {
		ambiguousWide: setting.ambiguousWide,
		width: text => displayWidth(text, setting),
		cell: grapheme => graphemeWidth(grapheme, setting.ambiguousWide),
		wrap: (text, columns) => wrapText(text, columns, setting),
		wrapRanges: (text, columns) => wrapRanges(text, columns, setting),
		wrapRuns: (runs, columns) => wrapRuns(runs, columns, setting),
		truncate: (text, columns) => truncateToWidth(text, columns, setting),
		pad: (text, columns) => padToWidth(text, columns, setting),
	};
}

/** The measure where nothing says ambiguous characters are wide (files, pipes, the library's default). */
export const narrowMeasure: Measure = createMeasure({ambiguousWide: false});
