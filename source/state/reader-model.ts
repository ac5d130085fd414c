import {layoutArticle, type ArticleLayout} from '../article/article-lines.js';
import {displayWidth} from '../text/display-width.js';
import type {CorpusArticle} from '../corpus/corpus.js';
import type {SearchIndex} from '../search/index.js';
import type {FrameSource} from './frame.js';
import {memoize} from './memo.js';
import type {Environment} from './reduce.js';
import type {Filter} from './state.js';

type SearchModule = typeof import('../search/index.js');

export type ModelOptions = {
	readonly ambiguousWide: boolean;
	/** Files that could not be loaded, and files loaded with problems, for the status bar. */
	readonly skipped: number;
	readonly degraded: number;
};

export type ReaderModel = {
	readonly environment: Environment;
	readonly frameSource: FrameSource;
	/** Records that an article was shown in the reader. */
	readonly markRead: (article: number) => void;
	/** Lays out the articles around the selection ahead of time, once the current frame is drawn. */
	readonly prefetch: (nearby: readonly number[], width: number, query: string | null) => void;
	/** Records that a key came: background work waits until keys stop for a moment. */
	readonly noteInput: () => void;
	/** The user opened the search line: folding for search goes on at full speed. */
	readonly wantSearch: () => void;
	/** Folds the corpus for search in the background, a slice at a time, so the first `/` answers at once. */
	readonly prepare: () => Promise<void>;
};

/** The widest source column the list gives, so headlines keep most of the row. */
const maxSourceWidth = 8;

/**
The corpus as the reader sees it: memoised layouts and search, shared by the reducer (line counts,
hit lines) and the frame (what to draw). Pure apart from its caches.
*/
export function createReaderModel(articles: readonly CorpusArticle[], options: ModelOptions): ReaderModel {
	const {ambiguousWide} = options;
	// Search and its Chinese folding tables load after the first frame (`prepare`), not before it.
	let engine: SearchModule | undefined;
	let index: SearchIndex | undefined;

	type Parsed = ReturnType<SearchModule['parseQuery']>;
	const queries = memoize<Parsed>(16);
	const parsed = (search: SearchModule, text: string): Parsed => queries(text, () => search.parseQuery(text));
	const hitsMemo = memoize<ReturnType<SearchModule['findHits']>>(32);
	const hitsOf = (article: number, query: string) => {
		const value = articles[article];
		if (!engine || !value) {
			return [];
		}

		const search = engine;
		return hitsMemo(`${article}\u0000${query}`, () => search.findHits(value, parsed(search, query).query));
	};

	const layouts = memoize<ArticleLayout>(24);
	const layout = (article: number, width: number, query: string | null, currentHit: number): ArticleLayout =>
		layouts(`${article}\u0000${width}\u0000${query ?? ''}\u0000${currentHit}`, () => {
			const value = articles[article];
			if (!value) {
				return {lines: [], hitLines: []};
			}

			return layoutArticle(value, width, {ambiguousWide, hits: query === null ? [] : hitsOf(article, query), currentHit});
		});

	const read = new Set<number>();
	let lastInput = 0;
	let searchWanted = false;
	const quietMs = 400;
	const waitForQuiet = async (): Promise<void> => {
		for (;;) {
			const wait = searchWanted ? 0 : lastInput + quietMs - Date.now();
			await new Promise(resolve => {
				if (wait > 0) {
					setTimeout(resolve, wait);
				} else {
					setImmediate(resolve);
				}
			});
			if (wait <= 0) {
				return;
			}
		}
	};
	const years = new Set(articles.map(article => (article.date === null ? null : new Date(article.date).getFullYear())).filter(year => year !== null));
	const sourceWidth = Math.min(maxSourceWidth, Math.max(2, ...articles.slice(0, 2000).map(article => displayWidth(article.source, {ambiguousWide}))));

	const search = (text: string): Filter => {
		if (!engine || !index) {
			// Folding a large corpus takes seconds: rather than freeze the screen, say so; the query
			// runs again by itself when search is ready.
			return {query: text, matches: [], problems: ['search is getting ready…']};
		}

		const {query, problems} = parsed(engine, text);
		return {query: text, matches: engine.matchArticles(index, query), problems};
	};

	return {
		environment: {
			lineCount: (article, width) => layout(article, width, null, -1).lines.length,
			hitLines: (article, width, query) => layout(article, width, query, -1).hitLines,
			search,
		},
		frameSource: {
			articles,
			ambiguousWide,
			showYear: years.size > 1,
			sourceWidth,
			skipped: options.skipped,
			degraded: options.degraded,
			layout,
			headlineHits: (article, query) => hitsOf(article, query)
				.filter(hit => hit.field === 'headline')
				.map(hit => [hit.start, hit.end] as const),
			isRead: article => read.has(article),
		},
		markRead(article) {
			read.add(article);
		},
		prefetch(nearby, width, query) {
			// After the frame is out: the next key most likely shows one of these.
			setTimeout(() => {
				for (const article of nearby) {
					layout(article, width, query, -1);
				}
			}, 0);
		},
		noteInput() {
			lastInput = Date.now();
		},
		wantSearch() {
			searchWanted = true;
		},
		async prepare() {
			engine ??= await import('../search/index.js');
			// Small slices, and none while keys are coming: folding the corpus (reading and parsing every
			// body) takes seconds, and browsing must not wait behind it.
			index ??= await engine.prepareSearchInSlices(articles, 40, waitForQuiet);
		},
	};
}
