/**
Ordering matches by relevance rather than by date.
*/
import type {Query} from './query.js';
import type {SearchIndex} from './search-index.js';
import {countTerm} from './term-match.js';

type Score = {readonly article: number; readonly inHeadline: number; readonly count: number};

function score(index: SearchIndex, article: number, query: Query): Score {
	const text = index.texts[article] ?? '';
	const upper = index.upper[article] ?? new Uint32Array(0);
	const headlineEnd = index.headlineEnds[article] ?? 0;
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

/**
`matches` (indices from `matchArticles`) reordered: articles with more terms in the headline first,
then more matches overall; ties keep their input order (newest first in a corpus).
*/
export function sortByRelevance(index: SearchIndex, matches: readonly number[], query: Query): number[] {
	return matches
		.map(article => score(index, article, query))
		.sort((a, b) => b.inHeadline - a.inHeadline || b.count - a.count || a.article - b.article)
		.map(entry => entry.article);
}
