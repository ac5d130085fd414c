/** Search for a reader model over articles held in memory (the in-memory engine): for tests that drive the model without an index. */
import type {Article} from '../../source/article/article.js';
import type {SearchIndex} from '../../source/search/search-index.js';
import type {ModelOptions, Searcher} from '../../source/services/reader-model.js';
import {readingKey} from '../../source/corpus/reading-key.js';
import {ReadingStore} from '../../source/store/reading-store.js';

/** A `Searcher` that folds `articles` once, in slices, and then scans them. */
export function memorySearcher(articles: readonly Article[]): Searcher {
	let index: SearchIndex | undefined;
	let engine: typeof import('../../source/search/index.js') | undefined;
	return {
		async prepare(between) {
			engine ??= await import('../../source/search/index.js');
			index ??= await engine.prepareSearchInSlices(articles, 40, between);
		},
		search: query => (engine && index ? engine.matchArticles(index, query) : []),
	};
}

/** A reading state kept in memory (nothing written), with each article's reading key: the rest of a model's options for tests. */
export function memoryReading(articles: ReadonlyArray<{readonly id: string; readonly url: string | null}>): Pick<ModelOptions, 'reading' | 'readingKeys' | 'savePlace'> {
	const {store} = ReadingStore.open(null);
	return {
		reading: store,
		readingKeys: () => articles.map(article => readingKey(article.url, null, article.id)),
		savePlace() {
			// Nothing is kept between test runs.
		},
	};
}
