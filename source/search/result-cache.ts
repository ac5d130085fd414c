/**
Recent search results, for narrowing: when a new query can only match a subset of what an earlier
one matched (typing one more character: `香港` → `香港国`), only the earlier matches are rescanned.
Backspacing finds the earlier query itself in the cache.
*/
import type {Query, QueryTerm} from './query.js';

type Entry = {readonly query: Query; readonly key: string; readonly matches: Int32Array};

/** A small most-recently-used list of results. Mutable by design; it only ever speeds things up. */
export type ResultCache = {entries: Entry[]};

const capacity = 16;

/** An empty cache. */
export function createResultCache(): ResultCache {
	return {entries: []};
}

/** A string equal for equal queries. */
export function queryKey(query: Query): string {
	return JSON.stringify(query, (_key, value: unknown) => (value instanceof Uint32Array ? [...value] : value));
}

function sameTerm(a: QueryTerm, b: QueryTerm): boolean {
	return a.folded === b.folded && a.negated === b.negated && a.titleOnly === b.titleOnly
		&& a.upper.length === b.upper.length && a.upper.every((offset, index) => b.upper[index] === offset);
}

/** Whether every article matching `term` surely matches `earlier` (both positive). */
function termImplies(term: QueryTerm, earlier: QueryTerm): boolean {
	if (earlier.upper.length > 0) {
		return sameTerm(term, earlier);
	}

	return term.folded.includes(earlier.folded) && (term.titleOnly || !earlier.titleOnly);
}

/** Whether every article matching `query` surely matches `earlier`. */
export function queryImplies(query: Query, earlier: Query): boolean {
	const sameSources = earlier.sources.length === 0
		|| (earlier.sources.length === query.sources.length && earlier.sources.every((name, index) => query.sources[index] === name));
	const bounds = (earlier.after === null || (query.after !== null && query.after >= earlier.after))
		&& (earlier.before === null || (query.before !== null && query.before <= earlier.before));
	return sameSources && bounds
		&& earlier.excludedSources.every(name => query.excludedSources.includes(name))
		&& earlier.terms.every(old => old.negated
			? query.terms.some(term => sameTerm(term, old))
			: query.terms.some(term => !term.negated && termImplies(term, old)));
}

/** The cached matches of exactly this query, or undefined. */
export function cachedMatches(cache: ResultCache, key: string): Int32Array | undefined {
	const index = cache.entries.findIndex(entry => entry.key === key);
	const entry = cache.entries[index];
	if (entry) {
		cache.entries.splice(index, 1);
		cache.entries.unshift(entry);
	}

	return entry?.matches;
}

/** The fewest cached matches among earlier queries that `query` narrows, or undefined. */
export function narrowestSuperset(cache: ResultCache, query: Query): Int32Array | undefined {
	let best: Int32Array | undefined;
	for (const entry of cache.entries) {
		if ((best === undefined || entry.matches.length < best.length) && queryImplies(query, entry.query)) {
			best = entry.matches;
		}
	}

	return best;
}

/** Remember the matches of a query, forgetting the least recently used beyond a few. */
export function rememberMatches(cache: ResultCache, query: Query, key: string, matches: Int32Array): void {
	cache.entries.unshift({query, key, matches});
	if (cache.entries.length > capacity) {
		cache.entries.pop();
	}
}
