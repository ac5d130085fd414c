/**
Grams: what the full-text tables index, and what a search term asks of them.

Folded text (see search/fold.ts) is cut into every single character and every pair of neighbouring
characters, spaces and field separators (NUL) excepted. A Chinese query of one or two characters
(香港, 关系), the common case, is then one gram, answered from the index exactly; a longer term asks
for all of its pairs, which narrows the candidates to a few, and is then verified by a plain search
of the folded text. Latin words are cut the same way, so a term finds a word inside another
(`trump` in `antitrump`) exactly as the scan did.

Grams are written as ASCII (`u` and the code point in hex, `b` and two of them), so FTS5's plain
`ascii` tokenizer keeps each one whole and no punctuation is lost to a tokenizer's rules.
*/
import type {QueryTerm} from '../search/query.js';

const unigram = (code: number): string => `u${code.toString(16)}`;
const bigram = (first: number, second: number): string => `b${first.toString(16)}x${second.toString(16)}`;

/** Code points that no gram contains: the space folding leaves, and the NUL between fields. */
const isGap = (code: number): boolean => code === 0x20 || code === 0;

/** The code points of `text`. */
function codePoints(text: string): number[] {
	const points: number[] = [];
	for (const character of text) {
		points.push(character.codePointAt(0) ?? 0);
	}

	return points;
}

/** The distinct grams of folded `text`, separated by spaces, as an FTS5 row's text. */
export function gramsOf(text: string): string {
	const grams = new Set<string>();
	let previous = 0;
	for (const character of text) {
		const code = character.codePointAt(0) ?? 0;
		if (isGap(code)) {
			previous = 0;
			continue;
		}

		grams.add(unigram(code));
		if (previous !== 0) {
			grams.add(bigram(previous, code));
		}

		previous = code;
	}

	return [...grams].join(' ');
}

/**
The grams every text containing `term` has: its pairs (none across a space), else its characters.
Never empty for a term, whose folded text is never blank.
*/
export function termGrams(term: QueryTerm): string[] {
	const points = codePoints(term.folded);
	const pairs = new Set<string>();
	const singles = new Set<string>();
	for (const [index, code] of points.entries()) {
		if (isGap(code)) {
			continue;
		}

		singles.add(unigram(code));
		const next = points[index + 1];
		if (next !== undefined && !isGap(next)) {
			pairs.add(bigram(code, next));
		}
	}

	return [...(pairs.size > 0 ? pairs : singles)];
}

/**
Whether having the grams of `term` already means containing it: a case-insensitive term of one or
two characters without a space. Every other term is verified against the folded text.
*/
export function gramsAreExact(term: QueryTerm): boolean {
	const points = codePoints(term.folded);
	return term.upper.length === 0 && points.length <= 2 && !points.some(code => isGap(code));
}

/** An FTS5 query for all of `grams`: each quoted (they are plain ASCII), joined by AND. */
export function gramsQuery(grams: readonly string[]): string {
	return grams.map(gram => `"${gram}"`).join(' AND ');
}
