/** Search for the reader over articles held in memory (the in-memory engine), where there is no index. */
import type {Article} from '../article/article.js';
import type {SearchIndex} from '../search/search-index.js';
import type {Searcher} from './reader-model.js';

/** A `Searcher` that folds `articles` once, in slices, and then scans them. */
export function memorySearcher(articles: readonly Article[]): Searcher {
	let index: SearchIndex | undefined;
	let engine: typeof import('../search/index.js') | undefined;
	return {
		async prepare(between) {
			engine ??= await import('../search/index.js');
			index ??= await engine.prepareSearchInSlices(articles, 40, between);
		},
		search: query => (engine && index ? engine.matchArticles(index, query) : []),
	};
}
