/** Count prefixes, as in less and vim: digits typed before a key say how many times, or which one (`20G`). */
import type {State} from './state.js';

/** Counts stop growing here: more digits than any corpus has articles or an article lines. */
const largestCount = 9_999_999;

/** A digit typed in the panes or the help: it starts or extends the count. A `0` first starts nothing. */
export function typeCountDigit(state: State, digit: string): State {
	const value = Number(digit);
	if (state.count === null && value === 0) {
		return state;
	}

	return {...state, count: Math.min(largestCount, (state.count ?? 0) * 10 + value)};
}
