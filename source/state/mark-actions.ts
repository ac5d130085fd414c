/**
The reading marks as the keys use them: the marks themselves live in the reading state (the world),
so the reducer asks for changes as effects and for unread articles as work (see settle.ts).
*/
import {scrollReader, select} from './navigation.js';
import {pendingFilter, reselect} from './search-actions.js';
import {selectedArticle, shownList, type Effect, type State} from './state.js';

/** A mark's effect on the selected article (print, o and y build their own, with a script or a link), or a notice when there is none. */
export function onSelected(state: State, type: Extract<Effect, {type: 'toggleRead' | 'toggleStar'}>['type']): State {
	const article = selectedArticle(state);
	return article === undefined ? {...state, notice: 'no article selected'} : {...state, effect: {type, article}};
}

/** `A`: every article the list shows is marked read. */
export function markAllShownRead(state: State): State {
	if (state.filter?.pending) {
		return {...state, notice: 'the search has not answered yet'};
	}

	return {...state, effect: {type: 'markAllRead', articles: shownList(state)}};
}

/** Whether the query holds `term` as a word of its own. */
const hasTerm = (query: string, term: string): boolean => query.split(/\s+/).includes(term);

/**
`U` and `S`: `is:unread` (`is:starred`) added to the filter, or taken out of it; a filter left empty is
cleared. The filter goes through search like a typed one, so the status bar shows it and Esc clears it.
*/
export function toggleTerm(state: State, term: string): State {
	const query = state.filter?.query ?? '';
	const next = hasTerm(query, term)
		? query.split(/\s+/).filter(word => word !== term && word !== '').join(' ')
		: [query.trim(), term].filter(Boolean).join(' ');
	const keep = selectedArticle(state) ?? state.filter?.keep;
	if (next === '') {
		return reselect({...state, filter: null, hit: -1}, keep);
	}

	return reselect({...state, filter: pendingFilter(next, keep), hit: -1}, undefined);
}

/** `n` / `N` with no search: the next unread article that way is sought (see settle.ts). */
export function seekUnread(state: State, step: 1 | -1): State {
	return {...state, seekingUnread: step};
}

/** The unread article sought, at a list position, or none that way. */
export function unreadFound(state: State, position: number | null): State {
	const step = state.seekingUnread;
	if (step === null) {
		return state;
	}

	const done = {...state, seekingUnread: null};
	return position === null ? {...done, notice: step === 1 ? 'no unread article after this one' : 'no unread article before this one'} : select(done, position);
}

/**
The article's facts came: an article just opened goes to where reading it stopped last time (unless a
search hit or a resize is about to scroll it).
*/
export function resumeReading(state: State, previousArticle: number | undefined): State {
	const resume = state.facts?.resume;
	if (resume === undefined || resume === null || resume <= 0 || state.facts?.article === previousArticle || state.readerTop !== 0 || state.pendingScroll !== null) {
		return state;
	}

	return scrollReader(state, resume);
}
