/** The search as the reader uses it: the line as it is typed, the filter it makes, and its hits. */
import type {Environment} from './environment.js';
import {scrollMargin} from './layout.js';
import {followSelection, panes, scrollReader, select} from './navigation.js';
import {editSearchLine} from './search-line.js';
import {articleAt, selectedArticle, visibleCount, type State} from './state.js';

/** Scrolls the reader so that hit `index` of the selected article is in view, a few lines from the top. */
export function showHit(state: State, environment: Environment, index: number): State {
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

export function stepHit(state: State, environment: Environment, step: 1 | -1): State {
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
export function reselect(state: State, article: number | undefined): State {
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

/** A key on the open search line: edits filter as they are typed, Enter submits, Esc cancels. */
export function editSearch(state: State, key: string, environment: Environment): State {
	const result = editSearchLine({text: state.draft, cursor: state.cursor}, key);
	switch (result.kind) {
		case 'edit': {
			return result.line.text === state.draft
				? {...state, cursor: result.line.cursor}
				: searchFor(state, result.line.text, result.line.cursor, environment);
		}

		case 'submit': {
			return submitSearch(state, environment);
		}

		case 'cancel': {
			return cancelSearch(state);
		}

		case 'ignore': {
			return state;
		}
	}
}

/** The list filtered by the search line's new text, as it is typed; an empty line shows what was there before. */
export function searchFor(state: State, text: string, cursor: number, environment: Environment): State {
	const filter = text.trim() === '' ? state.beforeSearch?.filter ?? null : environment.search(text);
	return reselect({...state, draft: text, cursor, filter}, selectedArticle(state));
}

/** Enter on the search line keeps the filter and shows its first hit. */
export function submitSearch(state: State, environment: Environment): State {
	const searched = {...state, mode: 'browse' as const, beforeSearch: null};
	return searched.filter ? showHit(followSelection(searched), environment, 0) : searched;
}

/** Esc on the search line puts the list back as it was before `/`. */
export function cancelSearch(state: State): State {
	const before = state.beforeSearch;
	return reselect({...state, mode: 'browse', draft: '', cursor: 0, filter: before?.filter ?? null, beforeSearch: null}, before?.article);
}

/** Search became ready: a query typed before then runs again, and a submitted one shows its first hit. */
export function searchReady(state: State, environment: Environment): State {
	if (!state.filter) {
		return state;
	}

	const searched = searchFor(state, state.filter.query, state.cursor, environment);
	return searched.mode === 'browse' ? showHit(searched, environment, 0) : searched;
}

/**
The corpus changed: the same article stays selected where it still is (the list moves under it, the
reader keeps its place), and the filter, if any, is searched again.
*/
export function articlesChanged(state: State, total: number, selected: number | undefined, environment: Environment): State {
	const filter = state.filter ? environment.search(state.filter.query) : null;
	const beforeSearch = state.beforeSearch && {...state.beforeSearch, filter: state.beforeSearch.filter && environment.search(state.beforeSearch.filter.query)};
	const moved = {...state, total, filter, beforeSearch};
	if (selected === undefined) {
		return reselect({...moved, readerTop: 0, hit: -1}, undefined);
	}

	// The list's top moves with the selection, so the rows on screen stay where they were.
	const position = filter ? filter.matches.indexOf(selected) : selected;
	const shift = position < 0 ? 0 : position - state.selected;
	const kept = reselect({...moved, listTop: Math.max(0, state.listTop + shift)}, selected);
	return articleAt(kept, kept.selected) === selected ? {...kept, readerTop: state.readerTop, hit: state.hit} : kept;
}
