import type {Pane} from './keymap.js';
import {defaultMaxTextWidth, type Size} from './layout.js';
import type {Mode} from './mode.js';
import type {Recall} from './search-history.js';
import {lowerBound} from '../common/lower-bound.js';
import type {Script} from '../text/han-script.js';
import type {SourcesView} from './sources.js';

export type {Mode} from './mode.js';

/** A search that narrows the list: the query and the positions (in corpus order) of the matching articles. */
export type Filter = {
	readonly query: string;
	readonly matches: readonly number[];
	/** What was wrong with the query, searched anyway as well as it could be. */
	readonly problems: readonly string[];
	/** Not searched yet (asked for, or search is still getting ready): `matches` is empty for now, not because nothing matches. */
	readonly pending?: boolean;
	/** While pending: the article to keep selected when the matches come. */
	readonly keep?: number;
	/** Copies among the matches, left out of `matches` while copies are hidden. */
	readonly hiddenCopies?: number;
};

/**
The corpus's copies: articles with the same URL or the same body as an earlier one (corpus order).
Hidden by default (`=` shows them); plain data the caller reads from the index, kept in the state so
the list's length and rows stay a function of it.
*/
export type Copies = {
	/** 1 at the corpus position of each copy. */
	readonly isCopy: Uint8Array;
	/** The corpus positions of the articles that are no copy, ascending. */
	readonly originals: readonly number[];
};

/** What the reducer knows of one article as laid out: its line count and the line of each search hit. */
export type ArticleFacts = {
	readonly article: number;
	/** The text width, the filter's query (null for none), the script and the corpus generation it was laid out for. */
	readonly width: number;
	readonly query: string | null;
	readonly script: Script;
	readonly generation: number;
	readonly lines: number;
	readonly hitLines: readonly number[];
	/** Where reading this article stopped last time (a line at this width), as the reading state remembers it. */
	readonly resume?: number | null;
};

/**
Where to scroll the reader once the selected article's facts are known: to a search hit, or to the same
share of the article (after a resize rewraps it).
*/
export type PendingScroll = {readonly hit: number} | {readonly share: number};

/**
Something for the world outside the state to do, as the reducer asks for it: the App carries it out
(leave and print, open the browser, copy) and clears it.
*/
export type Effect =
	| {readonly type: 'quit' | 'interrupt' | 'suspend'}
	/** Printed in the script the reader shows. */
	| {readonly type: 'print'; readonly article: number; readonly script: Script}
	/** `link`: the link numbered so in the article (`3o`), or null for the article's URL (`o`). */
	| {readonly type: 'openUrl' | 'copyUrl'; readonly article: number; readonly link: number | null}
	| {readonly type: 'toggleRead' | 'toggleStar'; readonly article: number}
	/** Every article shown marked read: those of the filter (corpus positions), or all of them when null. */
	| {readonly type: 'markAllRead'; readonly articles: readonly number[] | null};

/** Everything the screen shows and the reducer knows, as one immutable value; `reduce` makes the next one. */
export type State = {
	readonly mode: Mode;
	readonly pane: Pane;
	readonly size: Size;
	/** The cap on the reader's text width in columns (`--measure`), or null for none. */
	readonly maxTextWidth: number | null;
	/** Articles in the corpus. */
	readonly total: number;
	/** The active filter, or null for the whole corpus. While typing it follows the search line. */
	readonly filter: Filter | null;
	/** The corpus's copies (null: none known), and whether the list shows them (`=`). */
	readonly copies: Copies | null;
	readonly showCopies: boolean;
	/** The sources view, while it is open (mode `sources`). */
	readonly sources: SourcesView | null;
	/** The open line's text (the search line, or the command line after `:`), and its cursor (a UTF-16 offset). */
	readonly draft: string;
	readonly cursor: number;
	/** Queries submitted, oldest first, each once: ↑ and ↓ on the search line go through them; plain data, to be kept across runs. */
	readonly searchHistory: readonly string[];
	/** While ↑ / ↓ recall a query: which one, and the line as it was typed before the first ↑. */
	readonly recall: Recall | null;
	/** Digits typed before a key (`20` of `20G`), or null. */
	readonly count: number | null;
	/** A `:YYYY-MM-DD` asked for and not yet found in the list (see settle.ts). */
	readonly pendingDay: string | null;
	/** First visible line of the help screen. */
	readonly helpTop: number;
	/** The help's line count at a width, once the world told it (the help wraps, by the run's measure). */
	readonly helpFacts: {readonly width: number; readonly lines: number} | null;
	/** Filter and article to go back to when a search is cancelled with Esc. */
	readonly beforeSearch: {readonly filter: Filter | null; readonly article: number | undefined} | null;
	/** Position of the selected article in the visible list. */
	readonly selected: number;
	/** First visible row of the list. */
	readonly listTop: number;
	/** First visible line of the reader. */
	readonly readerTop: number;
	/** Index of the current search hit inside the selected article, or -1. */
	readonly hit: number;
	/** The script the text is shown in (`t` cycles it): plain data, to be kept with the reading state. */
	readonly script: Script;
	/** OpenCC's tables are loaded: until then the text is shown as written (see `shownScript`). */
	readonly scriptReady: boolean;
	/** A transient line for the status bar (`URL copied`), cleared by the next key. */
	readonly notice: string | null;
	/** What the reader is doing in the background (`checking files…`, `indexing text 40%`), or null. */
	readonly background: string | null;
	/** The selected article's facts at the reader's width and the filter's query, once the world told them. */
	readonly facts: ArticleFacts | null;
	/** A scroll that waits for the selected article's facts. */
	readonly pendingScroll: PendingScroll | null;
	/** `n` or `N` went past the selected article's hits: the next article with hits is being sought that way. */
	readonly seeking: 1 | -1 | null;
	/** `n` or `N` with no search: the next (or previous) unread article is being sought. */
	readonly seekingUnread: 1 | -1 | null;
	/** Search can answer (its tables are loaded and the corpus folded): pending filters are searched. */
	readonly searchReady: boolean;
	/** Counts changes of the corpus under the reader: facts and filters of an older one are stale. */
	readonly generation: number;
	/** An effect asked for and not yet carried out. */
	readonly effect: Effect | null;
	/**
	Articles read (shown in the reader, or paged into) that the reading state has not been told of yet:
	a list, not a look at the screen, so keys that came together (Tab Tab) are not missed between frames.
	*/
	readonly readNow: readonly number[];
	/** The article last noted as read: noted once while it stays in view (`r` can take the mark off again). */
	readonly lastRead: number | null;
	/** stdout is a pipe: Enter writes the selected article out, the way fzf does. */
	readonly piped: boolean;
};

export type StateOptions = {
	readonly piped?: boolean;
	/** The reader's text width cap in columns, null for none; the default measure when not given. */
	readonly maxTextWidth?: number | null;
	/** Where to start: the last run's place, as the reading state kept it. */
	readonly start?: StartPlace;
	/** The corpus's copies, hidden until `=` shows them. */
	readonly copies?: Copies | null;
};

/** Where a run starts, as the reading state remembers the last one: the article, the filter, the searches. */
export type StartPlace = {
	/** The selected article's corpus position. */
	readonly article?: number;
	/** The filter's query: searched once search is ready, keeping `article` selected. */
	readonly filter?: string;
	readonly searchHistory?: readonly string[];
};

export function initialState(total: number, size: Size, options: StateOptions = {}): State {
	const start = options.start ?? {};
	const article = start.article !== undefined && start.article >= 0 && start.article < total ? start.article : undefined;
	const filter = start.filter !== undefined && start.filter.trim() !== ''
		? {query: start.filter, matches: [], problems: [], pending: true, keep: article}
		: null;
	return {
		mode: 'browse',
		pane: 'list',
		size,
		maxTextWidth: options.maxTextWidth === undefined ? defaultMaxTextWidth : options.maxTextWidth,
		total,
		filter,
		copies: options.copies ?? null,
		showCopies: false,
		sources: null,
		draft: '',
		cursor: 0,
		searchHistory: start.searchHistory ?? [],
		recall: null,
		count: null,
		pendingDay: null,
		helpTop: 0,
		helpFacts: null,
		beforeSearch: null,
		// With a filter, the article is selected when the matches come (its `keep`).
		selected: filter === null && article !== undefined ? listPosition(shownPositions(options.copies ?? null, false, null), article) : 0,
		listTop: 0,
		readerTop: 0,
		hit: -1,
		script: 'original',
		scriptReady: false,
		notice: null,
		background: null,
		facts: null,
		pendingScroll: null,
		seeking: null,
		seekingUnread: null,
		searchReady: false,
		generation: 0,
		effect: null,
		readNow: [],
		lastRead: null,
		piped: options.piped ?? false,
	};
}

/** The script the text is drawn in now: the one chosen, once the tables for it are loaded (they load after the first frame, or on the first `t`). */
export const shownScript = (state: State): Script => (state.scriptReady ? state.script : 'original');

/** The corpus positions the list shows, ascending: the filter's matches, or every article but the hidden copies; null for every article. */
function shownPositions(copies: Copies | null, showCopies: boolean, filter: Filter | null): readonly number[] | null {
	if (filter) {
		return filter.matches;
	}

	return copies === null || showCopies || copies.originals.length === copies.isCopy.length ? null : copies.originals;
}

/** The corpus positions the list shows now (list position → corpus position), or null when it shows the whole corpus in order. */
export const shownList = (state: State): readonly number[] | null => shownPositions(state.copies, state.showCopies, state.filter);

/** The list position of corpus position `article` in `shown` (null: the whole corpus): where it is, else the first after it (a hidden copy: the next article shown). */
export function listPosition(shown: readonly number[] | null, article: number): number {
	if (shown === null) {
		return article;
	}

	return Math.min(lowerBound(shown, article), Math.max(0, shown.length - 1));
}

/** How many articles the list shows now. */
export function visibleCount(state: State): number {
	return shownList(state)?.length ?? state.total;
}

/** The corpus position of the article at a list position, or undefined past the end. */
export function articleAt(state: State, position: number): number | undefined {
	if (position < 0 || position >= visibleCount(state)) {
		return undefined;
	}

	return shownList(state)?.[position] ?? position;
}

/** The matches a search found, less the copies the list hides: what a filter shows. */
export function withoutCopies(state: Pick<State, 'copies' | 'showCopies'>, matches: readonly number[]): readonly number[] {
	const {copies} = state;
	if (copies === null || state.showCopies) {
		return matches;
	}

	return matches.filter(article => copies.isCopy[article] !== 1);
}

/** The corpus position of the selected article, or undefined when the list is empty. */
export function selectedArticle(state: State): number | undefined {
	return articleAt(state, state.selected);
}
