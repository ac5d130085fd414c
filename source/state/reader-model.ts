import {layoutArticle, type ArticleLayout} from '../article/article-lines.js';
import {displayWidth} from '../text/display-width.js';
import type {CorpusArticle} from '../corpus/corpus.js';
import {findHits, matchArticles, parseQuery, prepareSearch, prepareSearchInSlices, type SearchIndex} from '../search/index.js';
import type {FrameSource} from './frame.js';
import {memoize} from './memo.js';
import type {Environment} from './reduce.js';
import type {Filter} from './state.js';

export type ReaderModel = {
	readonly environment: Environment;
	readonly frameSource: FrameSource;
	/** Records that an article was shown in the reader. */
	readonly markRead: (article: number) => void;
	/** Folds the corpus for search in the background, a slice at a time, so the first `/` answers at once. */
	readonly prepare: () => Promise<void>;
};

/** The widest source column the list gives, so headlines keep most of the row. */
const maxSourceWidth = 8;

/**
The corpus as the reader sees it: memoised layouts and search, shared by the reducer (line counts,
hit lines) and the frame (what to draw). Pure apart from its caches.
*/
export function createReaderModel(articles: readonly CorpusArticle[], options: {readonly ambiguousWide: boolean; readonly skipped: number}): ReaderModel {
	const {ambiguousWide} = options;
	let index: SearchIndex | undefined;
	const searchIndex = (): SearchIndex => {
		index ??= prepareSearch(articles);
		return index;
	};

	const queries = memoize<ReturnType<typeof parseQuery>>(16);
	const parsed = (text: string) => queries(text, () => parseQuery(text));
	const hitsMemo = memoize<ReturnType<typeof findHits>>(32);
	const hitsOf = (article: number, query: string) => hitsMemo(`${article}\u0000${query}`, () => {
		const value = articles[article];
		return value ? findHits(value, parsed(query).query) : [];
	});

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
	const years = new Set(articles.map(article => (article.date === null ? null : new Date(article.date).getFullYear())).filter(year => year !== null));
	const sourceWidth = Math.min(maxSourceWidth, Math.max(2, ...articles.slice(0, 2000).map(article => displayWidth(article.source, {ambiguousWide}))));

	const search = (text: string): Filter => {
		const {query, problems} = parsed(text);
		return {query: text, matches: matchArticles(searchIndex(), query), problems};
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
			layout,
			headlineHits: (article, query) => hitsOf(article, query)
				.filter(hit => hit.field === 'headline')
				.map(hit => [hit.start, hit.end] as const),
			isRead: article => read.has(article),
		},
		markRead(article) {
			read.add(article);
		},
		async prepare() {
			const prepared = await prepareSearchInSlices(articles);
			// A search typed before the slices were done has built its own index; keep that one.
			index ??= prepared;
		},
	};
}
