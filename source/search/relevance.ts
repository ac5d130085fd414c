/**
Ordering matches by relevance rather than by date.
*/
import type {Query} from './query.js';
import type {SearchIndex} from './search-index.js';
import {countTerm} from './term-match.js';

/** How relevant one article is: terms in its headline, then matches overall. */
export type Score = {readonly article: number; readonly inHeadline: number; readonly count: number};

/**
The score of an article whose folded text (headline first, ending at `headlineEnd`) is `text`, with
the offsets of its upper-case units in `upper`.
*/
export function scoreText(article: number, text: string, upper: Uint32Array, headlineEnd: number, query: Query): Score {
	let inHeadline = 0;
	let count = 0;
	for (const term of query.terms) {
		if (!term.negated) {
			inHeadline += countTerm(text, upper, term, headlineEnd) > 0 ? 1 : 0;
			count += term.titleOnly ? countTerm(text, upper, term, headlineEnd) : countTerm(text, upper, term);
		}
	}

	return {article, inHeadline, count};
}

/** Scores ordered best first: more terms in the headline, then more matches; ties keep their input order. */
export function orderByScore(scores: readonly Score[]): number[] {
	return [...scores]
		.sort((a, b) => b.inHeadline - a.inHeadline || b.count - a.count || a.article - b.article)
		.map(entry => entry.article);
}

/**
`matches` (indices from `matchArticles`) reordered: articles with more terms in the headline first,
then more matches overall; ties keep their input order (newest first in a corpus).
*/
export function sortByRelevance(index: SearchIndex, matches: readonly number[], query: Query): number[] {
	return orderByScore(matches.map(article => scoreText(article, index.texts[article] ?? '', index.upper[article] ?? new Uint32Array(0), index.headlineEnds[article] ?? 0, query)));
}
