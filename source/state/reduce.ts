import type {Command} from './keymap.js';
import {commandFor} from './keymap.js';
import {editSearchLine} from './search-line.js';
import {layoutFor, scrollMargin, type Layout, type Size} from './layout.js';
import {articleAt, selectedArticle, visibleCount, type Filter, type State} from './state.js';

/**
What the reducer may ask of the world, all pure and memoised by the caller: the reader's line count
for an article at a width, the line of each search hit, and the search itself.
*/
export type Environment = {
	readonly lineCount: (article: number, width: number) => number;
	readonly hitLines: (article: number, width: number, query: string) => readonly number[];
	readonly search: (query: string) => Filter;
};

export type Action =
	| {readonly type: 'command'; readonly command: Command}
	| {readonly type: 'resize'; readonly size: Size}
	/** A key pressed while the search line is open. */
	| {readonly type: 'searchKey'; readonly key: string}
	/** The search line's whole text replaced (the cursor goes to its end). */
	| {readonly type: 'searchInput'; readonly text: string}
	| {readonly type: 'searchSubmit'}
	| {readonly type: 'searchCancel'}
	| {readonly type: 'notice'; readonly text: string}
	/** A key, by its key map name: the reducer decides what it means in the current mode and pane. */
	| {readonly type: 'key'; readonly name: string}
	/** The pending effect was carried out. */
	| {readonly type: 'effectDone'}
	/** Search became ready: a query typed before then is run again. */
	| {readonly type: 'searchReady'};

type Panes = Exclude<Layout, {kind: 'tooSmall'}>;

const clamp = (value: number, low: number, high: number): number => Math.max(low, Math.min(high, value));

/** The pane geometry, with a one-row stand-in when the terminal is too small to lay out. */
function panes(state: State): Panes {
	const layout = layoutFor(state.size);
	return layout.kind === 'tooSmall'
		? {kind: 'stacked', size: state.size, list: {width: 1, height: 1}, reader: {width: 1, height: 1}, textWidth: 1}
		: layout;
}

/** The list's first row, moved only as far as needed to keep the selection `scrollMargin` rows from the edges. */
function followSelection(state: State): State {
	const {height} = panes(state).list;
	const margin = Math.min(scrollMargin, Math.floor((height - 1) / 2));
	const count = visibleCount(state);
	let top = state.listTop;
	top = Math.min(top, state.selected - margin);
	top = Math.max(top, state.selected + margin - height + 1);
	return {...state, listTop: clamp(top, 0, Math.max(0, count - height))};
}

function maxReaderTop(state: State, environment: Environment): number {
	const article = selectedArticle(state);
	if (article === undefined) {
		return 0;
	}

	const layout = panes(state);
	return Math.max(0, environment.lineCount(article, layout.textWidth) - layout.reader.height);
}

function scrollReader(state: State, environment: Environment, top: number): State {
	return {...state, readerTop: clamp(top, 0, maxReaderTop(state, environment))};
}

/** Selects a list position, resetting the reader to the top of the newly selected article. */
function select(state: State, position: number): State {
	const selected = clamp(position, 0, Math.max(0, visibleCount(state) - 1));
	if (selected === state.selected) {
		return state;
	}

	return followSelection({...state, selected, readerTop: 0, hit: -1});
}

/** Scrolls the reader so that hit `index` of the selected article is in view, a few lines from the top. */
function showHit(state: State, environment: Environment, index: number): State {
	const article = selectedArticle(state);
	if (article === undefined || !state.filter) {
		return state;
	}

	const lines = environment.hitLines(article, panes(state).textWidth, state.filter.query);
	const line = lines[index];
	if (line === undefined) {
		return {...state, hit: -1};
	}

	return scrollReader({...state, hit: index}, environment, line - scrollMargin);
}

function stepHit(state: State, environment: Environment, step: 1 | -1): State {
	const article = selectedArticle(state);
	if (article === undefined || !state.filter) {
		return state;
	}

	const hits = environment.hitLines(article, panes(state).textWidth, state.filter.query).length;
	const next = state.hit + step;
	if (next >= 0 && next < hits) {
		return showHit(state, environment, next);
	}

	// Past the last hit (or before the first): on to the neighbouring article that has hits.
	for (let position = state.selected + step; position >= 0 && position < visibleCount(state); position += step) {
		const candidate = articleAt(state, position);
		const count = candidate === undefined ? 0 : environment.hitLines(candidate, panes(state).textWidth, state.filter.query).length;
		if (count > 0) {
			return showHit(select(state, position), environment, step === 1 ? 0 : count - 1);
		}
	}

	return {...state, notice: step === 1 ? 'last hit' : 'first hit'};
}

/** Where to put the selection after the list changed: on the same article when it is still there. */
function reselect(state: State, article: number | undefined): State {
	let position = 0;
	if (article !== undefined) {
		if (state.filter) {
			const found = state.filter.matches.indexOf(article);
			position = Math.max(0, found);
		} else {
			position = article;
		}
	}

	const kept = articleAt(state, position) === article;
	return followSelection({...state, selected: position, readerTop: kept ? state.readerTop : 0, hit: kept ? state.hit : -1});
}

function runCommand(state: State, command: Command, environment: Environment): State {
	const layout = panes(state);
	const inList = state.pane === 'list';
	const page = inList ? layout.list.height : Math.max(1, layout.reader.height - 2);
	const half = Math.max(1, Math.floor(page / 2));
	const move = (delta: number): State => inList
		? select(state, state.selected + delta)
		: scrollReader(state, environment, state.readerTop + delta);
	switch (command) {
		case 'up': {
			return move(-1);
		}

		case 'down': {
			return move(1);
		}

		case 'pageUp': {
			return move(-page);
		}

		case 'pageDown': {
			return move(page);
		}

		case 'halfPageUp': {
			return move(-half);
		}

		case 'halfPageDown': {
			return move(half);
		}

		case 'top': {
			return inList ? select(state, 0) : scrollReader(state, environment, 0);
		}

		case 'bottom': {
			return inList ? select(state, visibleCount(state) - 1) : scrollReader(state, environment, Number.MAX_SAFE_INTEGER);
		}

		case 'switchPane': {
			return {...state, pane: inList ? 'reader' : 'list'};
		}

		case 'focusList': {
			return {...state, pane: 'list'};
		}

		case 'open': {
			const article = selectedArticle(state);
			return state.piped && article !== undefined ? {...state, effect: {type: 'print', article}} : {...state, pane: 'reader'};
		}

		case 'focusReader': {
			return {...state, pane: 'reader'};
		}

		case 'back': {
			if (state.mode === 'help') {
				return {...state, mode: 'browse'};
			}

			if (!inList) {
				return {...state, pane: 'list'};
			}

			return state.filter ? reselect({...state, filter: null, hit: -1}, selectedArticle(state)) : state;
		}

		case 'nextArticle': {
			return select(state, state.selected + 1);
		}

		case 'previousArticle': {
			return select(state, state.selected - 1);
		}

		case 'search': {
			return {...state, mode: 'search', draft: '', cursor: 0, beforeSearch: {filter: state.filter, article: selectedArticle(state)}};
		}

		case 'nextHit': {
			return stepHit(state, environment, 1);
		}

		case 'previousHit': {
			return stepHit(state, environment, -1);
		}

		case 'help': {
			return {...state, mode: state.mode === 'help' ? 'browse' : 'help'};
		}

		case 'quit': {
			return {...state, effect: {type: 'quit'}};
		}

		// Effects on the selected article, carried out by the App.
		case 'openUrl':
		case 'copyUrl':
		case 'print': {
			const article = selectedArticle(state);
			return article === undefined ? {...state, notice: 'no article selected'} : {...state, effect: {type: command, article}};
		}
	}
}

/** Resizing keeps the selected article and the reading position, as a share of the article. */
function resize(state: State, size: Size, environment: Environment): State {
	const article = selectedArticle(state);
	if (article === undefined) {
		return {...state, size};
	}

	const before = panes(state).textWidth;
	const oldCount = environment.lineCount(article, before);
	const resized = followSelection({...state, size});
	const newCount = environment.lineCount(article, panes(resized).textWidth);
	const top = oldCount > 0 ? Math.round(state.readerTop * newCount / oldCount) : 0;
	return scrollReader(resized, environment, top);
}

/**
What a key does in the current mode: Ctrl-C always interrupts; the search line takes every key but the
arrows up and down; in help any key but `?` and `q` closes it; elsewhere the key map decides.
*/
function handleKey(state: State, name: string, environment: Environment): State {
	if (name === 'ctrl-c') {
		return {...state, effect: {type: 'interrupt'}};
	}

	if (state.mode === 'search') {
		return name === 'up' || name === 'down'
			? runCommand(state, name, environment)
			: reduce(state, {type: 'searchKey', key: name}, environment);
	}

	const command = state.mode === 'help' && name !== '?' && name !== 'q'
		? 'back'
		: commandFor(name, {pane: state.pane, searching: state.filter !== null});
	return command === undefined ? state : runCommand(state, command, environment);
}

/** A key on the open search line: edits filter as they are typed, Enter submits, Esc cancels. */
function editSearch(state: State, key: string, environment: Environment): State {
	const result = editSearchLine({text: state.draft, cursor: state.cursor}, key);
	switch (result.kind) {
		case 'edit': {
			return result.line.text === state.draft
				? {...state, cursor: result.line.cursor}
				: searchFor(state, result.line.text, result.line.cursor, environment);
		}

		case 'submit': {
			return reduce(state, {type: 'searchSubmit'}, environment);
		}

		case 'cancel': {
			return reduce(state, {type: 'searchCancel'}, environment);
		}

		case 'ignore': {
			return state;
		}
	}
}

/** The list filtered by the search line's new text, as it is typed; an empty line shows what was there before. */
function searchFor(state: State, text: string, cursor: number, environment: Environment): State {
	const filter = text.trim() === '' ? state.beforeSearch?.filter ?? null : environment.search(text);
	return reselect({...state, draft: text, cursor, filter}, selectedArticle(state));
}

/** The next state for an action. Pure: everything it needs comes in `state` and `environment`. */
export function reduce(state: State, action: Action, environment: Environment): State {
	const current = state.notice === null ? state : {...state, notice: null};
	switch (action.type) {
		case 'command': {
			return runCommand(current, action.command, environment);
		}

		case 'resize': {
			return resize(current, action.size, environment);
		}

		case 'searchInput': {
			return searchFor(current, action.text, action.text.length, environment);
		}

		case 'searchKey': {
			return editSearch(current, action.key, environment);
		}

		case 'searchSubmit': {
			const searched = {...current, mode: 'browse' as const, beforeSearch: null};
			// Enter keeps the filter and shows its first hit.
			return searched.filter ? showHit(followSelection(searched), environment, 0) : searched;
		}

		case 'searchCancel': {
			const before = current.beforeSearch;
			return reselect({...current, mode: 'browse', draft: '', cursor: 0, filter: before?.filter ?? null, beforeSearch: null}, before?.article);
		}

		case 'notice': {
			return {...current, notice: action.text};
		}

		case 'key': {
			return handleKey(current, action.name, environment);
		}

		case 'effectDone': {
			return {...current, effect: null};
		}

		case 'searchReady': {
			if (!current.filter) {
				return current;
			}

			const searched = searchFor(current, current.filter.query, current.cursor, environment);
			// A search already submitted shows its first hit, as Enter would have.
			return searched.mode === 'browse' ? showHit(searched, environment, 0) : searched;
		}
	}
}
