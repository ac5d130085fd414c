/**
Which articles match a query: the per-keystroke path, so it only scans folded strings.
*/
import type {Query} from './query.js';
import {cachedMatches, narrowestSuperset, queryKey, rememberMatches} from './result-cache.js';
import type {SearchIndex} from './search-index.js';
import {findTerm} from './term-match.js';

function passesFilters(index: SearchIndex, article: number, query: Query): boolean {
	const date = index.dates[article] ?? Number.NaN;
	// NaN (no date) fails both comparisons, so undated articles fail any date filter.
	if ((query.after !== null && !(date >= query.after)) || (query.before !== null && !(date < query.before))) {
		return false;
	}

	const source = index.sources[article] ?? '';
	return (query.sources.length === 0 || query.sources.some(name => source.includes(name)))
		&& !query.excludedSources.some(name => source.includes(name));
}

/** Whether article `article` of the index matches `query`. */
export function articleMatches(index: SearchIndex, article: number, query: Query): boolean {
	if (!passesFilters(index, article, query)) {
		return false;
	}

	const text = index.texts[article] ?? '';
	const upper = index.upper[article] ?? new Uint32Array(0);
	const headlineEnd = index.headlineEnds[article] ?? 0;
	for (const term of query.terms) {
		const at = findTerm(text, upper, term);
		// Matches come in reading order, the headline first: a title match is the first match.
		const found = at !== -1 && (!term.titleOnly || at < headlineEnd);
		if (found === term.negated) {
			return false;
		}
	}

	return true;
}

/** Positive terms first, the longest (most selective) first; then exclusions. */
function scanOrder(query: Query): Query {
	const terms = [...query.terms].sort((a, b) => Number(a.negated) - Number(b.negated) || b.folded.length - a.folded.length);
	return {...query, terms};
}

/**
The indices (into the articles given to `prepareSearch`) of the articles that match `query`, in input
order. An empty query matches everything. Results are cached in the index, so a query that narrows a
recent one (one more character typed) only rescans that one's matches.

@example
const {query} = parseQuery('香港 -国安');
matchArticles(index, query).map(i => articles[i].headline);
*/
export function matchArticles(index: SearchIndex, query: Query): number[] {
	const key = queryKey(query);
	const cached = cachedMatches(index.cache, key);
	if (cached) {
		return [...cached];
	}

	const candidates = narrowestSuperset(index.cache, query);
	const ordered = scanOrder(query);
	const matches: number[] = [];
	if (candidates) {
		for (const article of candidates) {
			if (articleMatches(index, article, ordered)) {
				matches.push(article);
			}
		}
	} else {
		for (let article = 0; article < index.texts.length; article++) {
			if (articleMatches(index, article, ordered)) {
				matches.push(article);
			}
		}
	}

	rememberMatches(index.cache, query, key, Int32Array.from(matches));
	return matches;
}
