/**
Which ASCII double quotes of a paragraph open and which close (/shared/typography, second edition).

Many sources type `“ ”` as `"`, often with a space on the inner side (`北京在 "主权 "和 "安全 "问题上`),
so the spaces are no guide to the direction; the order is. A paragraph's `"` are taken in turn, the
odd ones opening and the even ones closing, when there is an even number of them; an odd number means
one is missing or stray, and then none is classed. The characters themselves are never changed.

`'` is never classed: it is an apostrophe as often as a quote (`don't`, `80's`, `students'`, `'90s`),
and the rules keep it ambiguous, held to its neighbours but free at a space.
*/
import {BreakClass} from './break-rules.js';

export const QuoteRole = {none: 0, open: 1, close: 2} as const;

const DOUBLE = 0x22;

/**
The `QuoteRole` of each of the `count` clusters of a paragraph (`starts`: their offsets, and the end),
or null when it holds no classed quote.

@example
quoteRoles('在 "主权 "和', starts, count) // open at the first `"`, close at the second
*/
export function quoteRoles(text: string, starts: Int32Array, count: number): Uint8Array | null {
	if (!text.includes('"')) {
		return null;
	}

	const quotes: number[] = [];
	for (let index = 0; index < count; index++) {
		if (text.charCodeAt(starts[index] ?? 0) === DOUBLE) {
			quotes.push(index);
		}
	}

	if (quotes.length % 2 !== 0) {
		return null;
	}

	const roles = new Uint8Array(count);
	for (const [order, cluster] of quotes.entries()) {
		roles[cluster] = order % 2 === 0 ? QuoteRole.open : QuoteRole.close;
	}

	return roles;
}

/**
The `BreakClass` flags of a quote given its role: an opening quote may not end a line and a closing one
may not begin one, like `“ ”`, even across a space; and being classed, it no longer holds its other
neighbour (a break before an opening quote is fine).
*/
export function classWithRole(flags: number, role: number): number {
	if (role === QuoteRole.none) {
		return flags;
	}

	return (flags & ~BreakClass.quote) | (role === QuoteRole.open ? BreakClass.noEnd : BreakClass.noStart);
}
