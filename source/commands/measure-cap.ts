/**
The reader's measure, how many Han characters a line holds at most: `--measure N`, else
CORPUS_READER_MEASURE, else the default (40, i.e. 80 columns). 0 takes the cap off (the pane's whole
width). A line is capped because a 200-column line is too long for the eye to find the next one.
*/
import {defaultMeasure} from '../state/layout.js';

/** The environment variable that sets the measure when no flag does. */
export const MEASURE_ENV = 'CORPUS_READER_MEASURE';

/** A measure as written (`40`, `0`), or undefined when it is not a whole number of 0 or more. */
export function parseMeasure(value: string): number | undefined {
	return /^\d+$/.test(value.trim()) ? Number(value.trim()) : undefined;
}

export type MeasureCap = {
	/** The cap on the reader's text width in columns (two a Han character), or null for none. */
	readonly maxTextWidth: number | null;
	/** Set when the variable's value was not understood and was ignored. */
	readonly warning?: string;
};

/**
The text width cap: the flag (already checked by the command line) wins over the variable, which wins
over the default. An empty variable counts as unset; one not understood is ignored with a warning.

@example
resolveMeasureCap(undefined, {CORPUS_READER_MEASURE: '35'}) //=> {maxTextWidth: 70}
*/
export function resolveMeasureCap(flag: number | undefined, env: Readonly<Record<string, string | undefined>>): MeasureCap {
	const cap = (measure: number): number | null => (measure === 0 ? null : 2 * measure);
	if (flag !== undefined) {
		return {maxTextWidth: cap(flag)};
	}

	const variable = env[MEASURE_ENV];
	if (variable === undefined || variable === '') {
		return {maxTextWidth: cap(defaultMeasure)};
	}

	const measure = parseMeasure(variable);
	return measure === undefined
		? {maxTextWidth: cap(defaultMeasure), warning: `${MEASURE_ENV}: "${variable}" is not a whole number of characters (ignored)`}
		: {maxTextWidth: cap(measure)};
}
