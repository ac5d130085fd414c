import {layoutArticle, type ArticleLayout} from '../article/article-lines.js';
import type {ConvertedArticle} from '../article/convert-article.js';
import type {Converted, Script} from '../text/han-script.js';
import type {CorpusArticle} from '../corpus/corpus.js';
import type {Measure} from '../text/measure.js';
import type {ArticleList} from '../corpus/corpus.js';
import type {Query} from '../search/query.js';
import type {FrameSource} from '../view/frame.js';
import {readingKey} from '../corpus/reading-key.js';
import {findDay} from './find-day.js';
import {withMarks, type ReadingMarks} from './mark-filter.js';
import {memoize} from './memo.js';
import {helpLines} from '../view/help-screen.js';
import type {DisplayLine} from '../screen/display-line.js';
import type {World} from '../state/settle.js';
import type {Copies, Filter} from '../state/state.js';
import type {SourceCounts} from '../state/sources.js';
import {copiesOf} from './copies-of.js';
import {countSources, sourceColumns} from './source-counts.js';

type SearchModule = typeof import('../search/index.js');
/** Simplified and Traditional: OpenCC's tables (2 MB of code), loaded after the first frame, not before it. */
type ScriptModules = {
	readonly article: typeof import('../article/convert-article.js');
	readonly text: typeof import('../text/han-script.js');
};

/** Search over the corpus as the reader's caller provides it (the index): ready once `prepare` settles. */
export type Searcher = {
	/** Gets search ready (folds what is not yet folded), keys permitting: `between` runs between slices of work. */
	readonly prepare: (between: () => Promise<void>) => Promise<void>;
	/** The positions of the articles matching `query`, ascending. */
	readonly search: (query: Query) => readonly number[];
};

export type ModelOptions = {
	/** The run's one measure (ambiguous-width setting included). */
	readonly measure: Measure;
	readonly searcher: Searcher;
	/** The corpus spans more than one year: the list shows years. */
	readonly showYear: boolean;
	/** Source names of the first articles, to size the list's source column. */
	readonly leadingSources: readonly string[];
	/** Files that could not be loaded, and files loaded with problems, for the status bar. */
	readonly skipped: number;
	readonly degraded: number;
	/** The reading state: read marks, stars, where reading stopped. */
	readonly reading: ReadingMarks;
	/** Every position's reading key (see corpus/reading-key.ts), for what asks about all of them at once. */
	readonly readingKeys: () => readonly string[];
	/** Keeps the selected article (by id) and the filter for the next run. */
	readonly savePlace: (place: {readonly selected: string | null; readonly filter: string | null}) => void;
};

/** How long the reading position and place wait before they are written: keys held down write once. */
const writeDelayMs = 250;

export type ReaderModel = {
	/** What the reducer's questions are answered from (see state/settle.ts). */
	readonly world: World;
	/** The filter for a query over the corpus as it is now (pending while search is getting ready). */
	readonly search: (query: string) => Filter;
	readonly frameSource: FrameSource;
	/** Records that an article was read (shown in the reader). */
	readonly markRead: (article: number) => void;
	/** Turns an article's read mark (its star) over; returns the new value. */
	readonly toggleRead: (article: number) => boolean;
	readonly toggleStar: (article: number) => boolean;
	/** Marks these articles (corpus positions; all when null) read; returns how many. */
	readonly markAllRead: (articles: readonly number[] | null) => number;
	/** Records where reading an article stopped: its first line shown, of `lines`. */
	readonly savePosition: (article: number, line: number, lines: number) => void;
	/** Records the selected article and the filter, for the next run. */
	readonly savePlace: (article: number | undefined, filter: string | null) => void;
	/** Writes what is still waiting to be written (on the way out). */
	readonly flush: () => void;
	/** Lays out the articles around the selection ahead of time, once the current frame is drawn. */
	readonly prefetch: (nearby: readonly number[], width: number, query: string | null, script: Script) => void;
	/** Records that a key came: background work waits until keys stop for a moment. */
	readonly noteInput: () => void;
	/** The user opened the search line: folding for search goes on at full speed. */
	readonly wantSearch: () => void;
	/** Folds the corpus for search in the background, a slice at a time, so the first `/` answers at once. */
	readonly prepare: () => Promise<void>;
	/** Loads the Simplified and Traditional tables (at once when `t` comes before `prepare` did). */
	readonly loadScripts: () => Promise<void>;
	/** The articles changed (files added, changed or gone): what is drawn and searched from now on. */
	readonly setArticles: (list: ArticleList) => void;
	/** Resolves after keys have stopped for a moment (at once while the search line is open). */
	readonly waitForQuiet: () => Promise<void>;
	/** The copies among the articles (see state/state.ts `Copies`), found once per list. */
	readonly copies: () => Copies | null;
};

/** The widest source column the list gives, so headlines keep most of the row. */
const maxSourceWidth = 8;

/**
The corpus as the reader sees it, and the work done on it outside the reducer: memoised layouts and
search, shared by the world the reducer asks (line counts, hit lines, matches) and the frame (what to
draw), and the timers that keep background work out of the way of keys.
*/
export function createReaderModel(initialArticles: ArticleList, options: ModelOptions): ReaderModel {
	const {measure} = options;
	let articles = initialArticles;
	// Part of every memo key: positions name other articles once the list has changed.
	let generation = 0;
	// Search and its Chinese folding tables load after the first frame (`prepare`), not before it.
	let engine: SearchModule | undefined;
	let ready = false;

	type Parsed = ReturnType<SearchModule['parseQuery']>;
	const queries = memoize<Parsed>(16);
	const parsed = (search: SearchModule, text: string): Parsed => queries(text, () => search.parseQuery(text));
	const hitsMemo = memoize<ReturnType<SearchModule['findHits']>>(32);
	const hitsOf = (article: number, query: string) => {
		const value = articles.at(article);
		if (!engine || !value) {
			return [];
		}

		const search = engine;
		return hitsMemo(`${generation}\u0000${article}\u0000${query}`, () => search.findHits(value, parsed(search, query).query));
	};

	// The text in another script, converted here (an effect: the tables load after the first frame), never in
	// state/, which asks for a script only once `scriptReady` says the tables are here.
	let scripts: ScriptModules | undefined;
	const conversions = memoize<ConvertedArticle<CorpusArticle>>(8);
	const converted = (article: number, value: CorpusArticle, script: Script): ConvertedArticle<CorpusArticle> => {
		const modules = scripts;
		return script === 'original' || !modules
			? {article: value, mapHit: hit => hit}
			: conversions(`${generation}\u0000${article}\u0000${script}`, () => modules.article.convertArticle(value, script));
	};

	const headlines = memoize<Converted>(2000);
	const headlineIn = (article: number, script: Script): Converted => {
		const headline = articles.at(article)?.headline ?? '';
		const modules = scripts;
		return script === 'original' || !modules ? {text: headline, spans: null} : headlines(`${generation}\u0000${article}\u0000${script}`, () => modules.text.convertScript(headline, script));
	};

	const layouts = memoize<ArticleLayout>(24);
	const layout = (article: number, width: number, query: string | null, currentHit: number, script: Script = 'original'): ArticleLayout =>
		layouts(`${generation}\u0000${article}\u0000${width}\u0000${query ?? ''}\u0000${currentHit}\u0000${script}`, () => {
			const value = articles.at(article);
			if (!value) {
				return {lines: [], hitLines: []};
			}

			// Hits are found in the text as written (search folds both scripts) and moved onto the converted text.
			const shown = converted(article, value, script);
			const hits = query === null ? [] : hitsOf(article, query).map(hit => shown.mapHit(hit));
			return layoutArticle(shown.article, width, {measure, hits, currentHit});
		});

	const {reading} = options;
	// By reading key, not position: positions move when files arrive, and copies share their marks.
	const keyOf = (article: number): string => {
		const value = articles.at(article);
		return value ? (value.readingKey ?? readingKey(value.url, null, value.id)) : '';
	};

	/** Where reading stopped, as a line of the article laid out in `lines` lines now. */
	// Positions saved this run, ahead of their (delayed) write.
	const positions = new Map<string, {readonly line: number; readonly lines: number}>();
	const resumeLine = (article: number, lines: number): number | null => {
		const key = keyOf(article);
		const marks = positions.get(key) ?? reading.marks(key);
		if (marks?.line === null || marks?.line === undefined || marks.lines === null || marks.lines <= 0) {
			return null;
		}

		// At the width it was read at, the very line; at another, the same share of the article.
		return marks.lines === lines ? marks.line : Math.round((marks.line / marks.lines) * lines);
	};

	// Written once keys pause (or on the way out), not at every key: a held-down j would write 30 times a second.
	const waiting = new Map<string, () => void>();
	let writeTimer: ReturnType<typeof setTimeout> | undefined;
	const flush = (): void => {
		clearTimeout(writeTimer);
		writeTimer = undefined;
		const writes = [...waiting.values()];
		waiting.clear();
		for (const write of writes) {
			write();
		}
	};

	const later = (what: string, write: () => void): void => {
		waiting.set(what, write);
		clearTimeout(writeTimer);
		writeTimer = setTimeout(flush, writeDelayMs);
	};

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
	const sourceWidth = Math.min(maxSourceWidth, Math.max(2, ...options.leadingSources.map(source => measure.width(source))));

	const helpMemo = memoize<readonly DisplayLine[]>(2);
	const help = (width: number): readonly DisplayLine[] => helpMemo(String(width), () => helpLines(width, measure));

	let copies: {readonly generation: number; readonly copies: Copies | null} | undefined;
	const copiesNow = (): Copies | null => {
		if (copies?.generation !== generation) {
			copies = {generation, copies: copiesOf(articles)};
		}

		return copies.copies;
	};

	const countSourcesNow = (withCopies: boolean): SourceCounts => {
		const hidden = withCopies ? null : copiesNow();
		const read = reading.keysWith('read');
		// No key is needed while nothing is read (a first run): every article is unread.
		const keys = read.size === 0 ? [] : options.readingKeys();
		return countSources(
			sourceColumns(articles),
			position => hidden?.isCopy[position] !== 1,
			position => read.size === 0 || !read.has(keys[position] ?? ''),
		);
	};

	const search = (text: string): Filter => {
		if (!engine || !ready) {
			// Folding a large corpus takes seconds: rather than freeze the screen, say so; the query
			// runs again by itself when search is ready.
			return {query: text, matches: [], problems: [], pending: true};
		}

		const {query, problems} = parsed(engine, text);
		return {query: text, matches: withMarks(options.searcher.search(query), query.marks, options.readingKeys, reading), problems};
	};

	return {
		world: {
			layout(article, width, query, script) {
				const {lines, hitLines} = layout(article, width, query, -1, script);
				return {lines: lines.length, hitLines, resume: resumeLine(article, lines.length)};
			},
			isRead: article => reading.isRead(keyOf(article)),
			articleExists: article => articles.at(article) !== undefined,
			search,
			helpLines: width => help(width).length,
			countSources: countSourcesNow,
			findDay: (day, matches) => findDay(articles, day, matches),
		},
		search,
		frameSource: {
			get articles() {
				return articles;
			},
			measure,
			showYear: options.showYear,
			sourceWidth,
			skipped: options.skipped,
			degraded: options.degraded,
			layout,
			headline: (article, script) => headlineIn(article, script).text,
			headlineHits: (article, query, script = 'original') => hitsOf(article, query)
				.filter(hit => hit.field === 'headline')
				.map(hit => {
					const shown = headlineIn(article, script);
					return scripts ? scripts.text.convertedRange(shown, hit.start, hit.end) : [hit.start, hit.end] as const;
				}),
			isRead: article => reading.isRead(keyOf(article)),
			isStarred: article => reading.isStarred(keyOf(article)),
			helpLines: help,
		},
		setArticles(list) {
			articles = list;
			generation++;
		},
		waitForQuiet,
		copies: copiesNow,
		markRead(article) {
			const key = keyOf(article);
			if (key !== '' && !reading.isRead(key)) {
				reading.setRead(key, true);
			}
		},
		toggleRead(article) {
			const key = keyOf(article);
			const read = !reading.isRead(key);
			reading.setRead(key, read);
			return read;
		},
		toggleStar(article) {
			const key = keyOf(article);
			const starred = !reading.isStarred(key);
			reading.setStarred(key, starred);
			return starred;
		},
		markAllRead(shown) {
			const keys = options.readingKeys();
			const chosen = shown === null ? keys : shown.map(article => keys[article] ?? '');
			reading.setAllRead(chosen.filter(key => key !== ''), true);
			return chosen.length;
		},
		savePosition(article, line, lines) {
			const key = keyOf(article);
			if (key !== '') {
				positions.set(key, {line, lines});
				later(`position\u0000${key}`, () => {
					reading.setPosition(key, line, lines);
				});
			}
		},
		savePlace(article, filter) {
			const selected = article === undefined ? null : (articles.at(article)?.id ?? null);
			later('place', () => {
				options.savePlace({selected, filter});
			});
		},
		flush,
		prefetch(nearby, width, query, script) {
			// After the frame is out: the next key most likely shows one of these.
			setTimeout(() => {
				for (const article of nearby) {
					layout(article, width, query, -1, script);
				}
			}, 0);
		},
		noteInput() {
			lastInput = Date.now();
		},
		wantSearch() {
			searchWanted = true;
		},
		async loadScripts() {
			if (!scripts) {
				const [article, text] = await Promise.all([import('../article/convert-article.js'), import('../text/han-script.js')]);
				scripts = {article, text};
			}
		},
		async prepare() {
			engine ??= await import('../search/index.js');
			// Small slices, and none while keys are coming: folding the corpus (reading and parsing every
			// body) takes seconds, and browsing must not wait behind it.
			await options.searcher.prepare(waitForQuiet);
			ready = true;
		},
	};
}
