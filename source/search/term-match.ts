/**
Finding one folded term in one folded text, honouring smart case.

The text is stored lower-cased, with the offsets of its upper-case units aside; a case-sensitive term
matches where the lower-case text matches and the upper-case offsets line up exactly.
*/
import {lowerBound} from '../common/lower-bound.js';
import type {QueryTerm} from './query.js';

/** Whether the upper-case units of the text in `[at, at + term length)` are exactly the term's. */
function sameCase(textUpper: Uint32Array, at: number, term: QueryTerm): boolean {
	let index = lowerBound(textUpper, at);
	const end = at + term.folded.length;
	for (const offset of term.upper) {
		if (textUpper[index] !== at + offset) {
			return false;
		}

		index++;
	}

	return index >= textUpper.length || (textUpper[index] ?? end) >= end;
}

/**
The offset of the first match of `term` in `text` at or after `from`, or -1.

@param upper The offsets of `text`'s upper-case units, ascending (from `foldText`).
*/
export function findTerm(text: string, upper: Uint32Array, term: QueryTerm, from = 0): number {
	let at = text.indexOf(term.folded, from);
	// Without upper-case letters of its own, a term is case-insensitive: any case in the text will do.
	if (term.upper.length === 0) {
		return at;
	}

	while (at !== -1 && !sameCase(upper, at, term)) {
		at = text.indexOf(term.folded, at + 1);
	}

	return at;
}

/** How many non-overlapping matches of `term` start in `text` before `end` (default: anywhere). */
export function countTerm(text: string, upper: Uint32Array, term: QueryTerm, end = text.length): number {
	let count = 0;
	let at = findTerm(text, upper, term);
	while (at !== -1 && at < end) {
		count++;
		at = findTerm(text, upper, term, at + term.folded.length);
	}

	return count;
}
