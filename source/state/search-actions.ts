/** The search as the reader uses it: the line as it is typed, the filter it makes, and its hits. */
import {currentFacts} from './facts.js';
import {followSelection, select} from './navigation.js';
import {rememberQuery, stepHistory} from './search-history.js';
import {editSearchLine} from './search-line.js';
import {articleAt, listPosition, selectedArticle, shownList, withoutCopies, type ArticleFacts, type Copies, type Filter, type State} from './state.js';

/** Scrolls the reader to hit `index` of the selected article, once its hits are known (see `reduce`). */
export function showHit(state: State, index: number): State {
	return state.filter ? {...state, hit: index, pendingScroll: {hit: index}} : state;
}

/** `n` / `N`: the next hit in the article, or past its last (before its first) the neighbouring article that has hits. */
export function stepHit(state: State, step: 1 | -1): State {
	const facts = currentFacts(state);
	if (!state.filter || !facts) {
		return state;
	}

	const next = state.hit + step;
	return next >= 0 && next < facts.hitLines.length ? showHit(state, next) : {...state, seeking: step};
}

/** The article with hits that `n` / `N` sought, or none that way. */
export function sought(state: State, found: {readonly position: number; readonly facts: ArticleFacts} | null): State {
	const step = state.seeking;
	if (step === null) {
		return state;
	}

	const done = {...state, seeking: null};
	if (!found) {
		return {...done, notice: step === 1 ? 'last hit' : 'first hit'};
	}

	const moved = {...select(done, found.position), facts: found.facts};
	return showHit(moved, step === 1 ? 0 : found.facts.hitLines.length - 1);
}

/** Where to put the selection after the list changed: on the same article when it is still there. */
export function reselect(state: State, article: number | undefined): State {
	// Where it is in the list; a hidden copy: the article shown after it; filtered out: the first.
	let position = article === undefined ? 0 : listPosition(shownList(state), article);
	if (state.filter && articleAt(state, position) !== article) {
		position = 0;
	}

	const kept = articleAt(state, position) === article;
	return followSelection({
		...state, selected: position, readerTop: kept ? state.readerTop : 0, hit: kept ? state.hit : -1, pendingScroll: kept ? state.pendingScroll : null,
	});
}

/** A key on the open search line: edits filter as they are typed, Enter submits, Esc cancels. */
export function editSearch(state: State, key: string): State {
	const result = editSearchLine({text: state.draft, cursor: state.cursor}, key);
	switch (result.kind) {
		case 'edit': {
			// An edit makes the line the user's own again: the next ↑ starts from the newest query.
			return result.line.text === state.draft
				? {...state, cursor: result.line.cursor}
				: searchFor({...state, recall: null}, result.line.text, result.line.cursor);
		}

		case 'submit': {
			return submitSearch(state);
		}

		case 'cancel': {
			return cancelSearch(state);
		}

		case 'ignore': {
			return state;
		}
	}
}

/** ↑ (`step` -1) or ↓ (1) on the search line: the query before or after, searched as if typed. */
export function recallQuery(state: State, step: -1 | 1): State {
	const next = stepHistory(state.searchHistory, state.recall, state.draft, step);
	if (!next) {
		return state;
	}

	const shown = next.text === state.draft ? {...state, cursor: next.text.length} : searchFor(state, next.text, next.text.length);
	return {...shown, recall: next.recall};
}

/** A filter asked for and not searched yet, keeping the article selected now for when its matches come. */
export const pendingFilter = (query: string, keep: number | undefined): Filter => ({query, matches: [], problems: [], pending: true, keep});

/**
The list filtered by the search line's new text, as it is typed: asked for now, shown when it comes; an
empty line shows what was there before.
*/
export function searchFor(state: State, text: string, cursor: number): State {
	const keep = selectedArticle(state) ?? state.filter?.keep;
	if (text.trim() === '') {
		return reselect({...state, draft: text, cursor, filter: state.beforeSearch?.filter ?? null}, keep);
	}

	return reselect({...state, draft: text, cursor, filter: pendingFilter(text, keep)}, undefined);
}

/** The matches of a pending filter came: the article it kept is selected again where it still is. */
export function searched(state: State, filter: Filter, generation: number): State {
	const current = state.filter;
	if (!current?.pending || current.query !== filter.query || generation !== state.generation) {
		// An answer to a query since replaced.
		return state;
	}

	const found = filter.pending ? {...filter, keep: current.keep} : shownFilter(state, filter);
	const shown = reselect({...state, filter: found}, current.keep);
	// A search submitted before its matches came shows its first hit in whichever article is selected.
	return state.pendingScroll && 'hit' in state.pendingScroll ? {...shown, pendingScroll: state.pendingScroll} : shown;
}

/** A filter as the list shows it: its matches less the copies hidden, and how many were. */
export function shownFilter(state: Pick<State, 'copies' | 'showCopies'>, filter: Filter): Filter {
	const matches = withoutCopies(state, filter.matches);
	return matches.length === filter.matches.length ? filter : {...filter, matches, hiddenCopies: filter.matches.length - matches.length};
}

/**
Enter on the search line keeps the filter, shows its first hit and puts the query in the history. On
an empty line it searches the last query again, as less and vim do.
*/
export function submitSearch(state: State): State {
	const last = state.searchHistory.at(-1);
	if (state.draft.trim() === '' && last !== undefined) {
		return submitSearch(searchFor(state, last, last.length));
	}

	const history = state.filter ? rememberQuery(state.searchHistory, state.filter.query) : state.searchHistory;
	const submitted = {...state, mode: 'browse' as const, beforeSearch: null, recall: null, searchHistory: history};
	return submitted.filter ? showHit(followSelection(submitted), 0) : submitted;
}

/** Esc on the search line puts the list back as it was before `/`. */
export function cancelSearch(state: State): State {
	const before = state.beforeSearch;
	return reselect({...state, mode: 'browse', draft: '', cursor: 0, recall: null, filter: before?.filter ?? null, beforeSearch: null}, before?.article);
}

/**
The corpus changed: the same article stays selected where it still is (the list moves under it, the
reader keeps its place), with the filters searched again over the new corpus.
*/
export function articlesChanged(state: State, change: {readonly total: number; readonly copies: Copies | null; readonly selected: number | undefined; readonly filter: Filter | null; readonly beforeFilter: Filter | null}): State {
	const {selected} = change;
	const hiding = {copies: change.copies, showCopies: state.showCopies};
	const shown = (filter: Filter | null): Filter | null => filter && (filter.pending ? filter : shownFilter(hiding, filter));
	const filter = shown(change.filter);
	const beforeSearch = state.beforeSearch && {...state.beforeSearch, filter: shown(change.beforeFilter)};
	const moved = {...state, total: change.total, copies: change.copies, filter, beforeSearch, generation: state.generation + 1};
	if (selected === undefined) {
		return reselect({...moved, readerTop: 0, hit: -1}, undefined);
	}

	// The list's top moves with the selection, so the rows on screen stay where they were.
	const position = listPosition(shownList(moved), selected);
	const shift = articleAt(moved, position) === selected ? position - state.selected : 0;
	const kept = reselect({...moved, listTop: Math.max(0, state.listTop + shift)}, selected);
	return articleAt(kept, kept.selected) === selected ? {...kept, readerTop: state.readerTop, hit: state.hit} : kept;
}
