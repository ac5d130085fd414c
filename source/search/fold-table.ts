/**
A lookup table over the 63,488 non-surrogate BMP code units, so that folding a whole corpus is an array
read per character instead of a call to `normalize` and `toLowerCase`.
*/
import {foldCluster} from './fold-cluster.js';

/** Whitespace: runs of these fold to one space. */
export const whitespace = 1;
/** Invisible format characters (zero-width space, joiners, soft hyphen, BOM): folded away. */
export const ignorable = 2;
/** Combining marks and Hangul vowel/final jamo: they join the previous character into one cluster. */
export const extender = 4;
/** Folds to the single unit in `FoldTable.unit`, when alone (not followed by an extender). */
export const simple = 8;
/** The unit in `FoldTable.unit` came from an upper-case letter. */
export const upperCase = 16;

export type FoldTable = {readonly flags: Uint8Array; readonly unit: Uint16Array};

let table: FoldTable | undefined;

const whitespacePattern = /^\s$/u;
const ignorablePattern = /^[\u00AD\u200B-\u200D\u2060\uFEFF]$/u;
const extenderPattern = /^[\p{M}\u1160-\u11FF\uD7B0-\uD7FF]$/u;

function classify(unit: number, flags: Uint8Array, units: Uint16Array): void {
	const character = String.fromCharCode(unit);
	// Before whitespace: JavaScript counts U+FEFF as a space, but it is invisible.
	if (ignorablePattern.test(character)) {
		flags[unit] = ignorable;
		return;
	}

	if (whitespacePattern.test(character)) {
		flags[unit] = whitespace;
		return;
	}

	if (extenderPattern.test(character)) {
		flags[unit] = extender;
		return;
	}

	const folded = foldCluster(character);
	if (folded.text.length === 1) {
		const code = folded.text.charCodeAt(0);
		// A surrogate half or a space out of NFKC needs the careful path.
		if ((code < 0xD8_00 || code > 0xDF_FF) && code !== 0x20) {
			flags[unit] = simple | (folded.upper[0] ? upperCase : 0);
			units[unit] = code;
		}
	}
}

/** The table, built on first use (about 30 ms). */
export function foldTable(): FoldTable {
	if (table) {
		return table;
	}

	const flags = new Uint8Array(0x1_00_00);
	const units = new Uint16Array(0x1_00_00);
	for (let unit = 0; unit < 0x1_00_00; unit++) {
		if (unit < 0xD8_00 || unit > 0xDF_FF) {
			classify(unit, flags, units);
		}
	}

	table = {flags, unit: units};
	return table;
}
