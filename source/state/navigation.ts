/** Moving through the list and the reader: geometry, selection, scrolling, and keeping them on resize. */
import {currentFacts} from './facts.js';
import {layoutFor, scrollMargin, type Layout, type Size} from './layout.js';
import {visibleCount, type State} from './state.js';

export type Panes = Exclude<Layout, {kind: 'tooSmall'}>;

export const clamp = (value: number, low: number, high: number): number => Math.max(low, Math.min(high, value));

/** The pane geometry, with a one-row stand-in when the terminal is too small to lay out. */
export function panes(state: State): Panes {
	const layout = layoutFor(state.size, state.maxTextWidth);
	return layout.kind === 'tooSmall'
		? {kind: 'stacked', size: state.size, list: {width: 1, height: 1}, reader: {width: 1, height: 1}, textWidth: 1, textLeft: 0}
		: layout;
}

/** The list's first row, moved only as far as needed to keep the selection `scrollMargin` rows from the edges. */
export function followSelection(state: State): State {
	const {height} = panes(state).list;
	const margin = Math.min(scrollMargin, Math.floor((height - 1) / 2));
	const count = visibleCount(state);
	let top = state.listTop;
	top = Math.min(top, state.selected - margin);
	top = Math.max(top, state.selected + margin - height + 1);
	return {...state, listTop: clamp(top, 0, Math.max(0, count - height))};
}

/** The reader's last first line: 0 until the selected article's facts are known. */
export function maxReaderTop(state: State): number {
	const facts = currentFacts(state);
	return facts ? Math.max(0, facts.lines - panes(state).reader.height) : 0;
}

export function scrollReader(state: State, top: number): State {
	return {...state, readerTop: clamp(top, 0, maxReaderTop(state))};
}

/** Selects a list position, resetting the reader to the top of the newly selected article. */
export function select(state: State, position: number): State {
	const selected = clamp(position, 0, Math.max(0, visibleCount(state) - 1));
	if (selected === state.selected) {
		return state;
	}

	return followSelection({...state, selected, readerTop: 0, hit: -1, pendingScroll: null});
}

/**
Resizing keeps the selected article and the reading position, as a share of the article: the reader
scrolls to it once the article is laid out at the new width.
*/
export function resize(state: State, size: Size): State {
	const facts = currentFacts(state);
	const resized = followSelection({...state, size});
	if (!facts) {
		// Not laid out at the old size (too small a screen): a share asked for before still holds.
		return resized;
	}

	return {...resized, pendingScroll: {share: facts.lines > 0 ? state.readerTop / facts.lines : 0}};
}

/** Rows the help screen shows: all but the status bar. */
export const helpHeight = (state: State): number => Math.max(1, state.size.rows - 1);

/** The help's last first line: 0 until its line count is known. */
export function maxHelpTop(state: State): number {
	return state.helpFacts ? Math.max(0, state.helpFacts.lines - helpHeight(state)) : 0;
}

export function scrollHelp(state: State, top: number): State {
	return {...state, helpTop: clamp(top, 0, maxHelpTop(state))};
}

/** The reader shows the last line of the selected article (known only once it is laid out). */
export function atArticleEnd(state: State): boolean {
	return currentFacts(state) !== undefined && state.readerTop >= maxReaderTop(state);
}
