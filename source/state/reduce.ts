import type {Environment} from './environment.js';
import {commandFor, interrupts} from './keymap.js';
import type {Size} from './layout.js';
import {resize} from './navigation.js';
import {runCommand} from './run-command.js';
import {articlesChanged, editSearch, searchFor, searchReady} from './search-actions.js';
import type {State} from './state.js';
import {isTypedText, pasteIntoSearchLine} from './search-line.js';

export type {Environment} from './environment.js';

export type Action =
	| {readonly type: 'resize'; readonly size: Size}
	| {readonly type: 'notice'; readonly text: string}
	/** A key, by its key map name: the reducer decides what it means in the current mode and pane. */
	| {readonly type: 'key'; readonly name: string}
	/**
	Keys that arrived together (typed faster than the terminal is read): as many `key`s, except that a
	run of characters typed on the search line is one edit, searched once.
	*/
	| {readonly type: 'keys'; readonly names: readonly string[]}
	/** Text pasted (between bracketed-paste marks): one edit of the search line when it is open, else nothing. */
	| {readonly type: 'paste'; readonly text: string}
	/** The pending effect was carried out. */
	| {readonly type: 'effectDone'}
	/** Search became ready: a query typed before then is run again. */
	| {readonly type: 'searchReady'}
	/** Background work's line for the status bar, or null when there is none. */
	| {readonly type: 'background'; readonly text: string | null}
	/**
	The corpus changed under the reader (files added, changed, gone): `total` articles now, the selected
	one at `selected` (undefined when it is gone). The filter is searched again.
	*/
	| {readonly type: 'articlesChanged'; readonly total: number; readonly selected: number | undefined};

/**
What a key does in the current mode: Ctrl-C always interrupts; the search line takes every key but the
arrows up and down; in help any key but `?` and `q` closes it; elsewhere the key map decides.
*/
function handleKey(state: State, name: string, environment: Environment): State {
	if (interrupts(name)) {
		return runCommand(state, 'interrupt', environment);
	}

	if (state.mode === 'search') {
		return name === 'up' || name === 'down'
			? runCommand(state, name, environment)
			: editSearch(state, name, environment);
	}

	const command = state.mode === 'help' && name !== '?' && name !== 'q'
		? 'back'
		: commandFor(name, {pane: state.pane, searching: state.filter !== null});
	return command === undefined ? state : runCommand(state, command, environment);
}

/** `text` put in the search line at its cursor, searched once. */
function insertText(state: State, text: string, environment: Environment): State {
	const line = pasteIntoSearchLine({text: state.draft, cursor: state.cursor}, text);
	return line.text === state.draft ? {...state, cursor: line.cursor} : searchFor(state, line.text, line.cursor, environment);
}

function handleKeys(state: State, names: readonly string[], environment: Environment): State {
	let next = state;
	for (let index = 0; index < names.length;) {
		let end = index;
		while (next.mode === 'search' && end < names.length && isTypedText(names[end] ?? '')) {
			end++;
		}

		if (end - index > 1) {
			next = insertText(next, names.slice(index, end).join(''), environment);
			index = end;
		} else {
			next = handleKey(next, names[index] ?? '', environment);
			index++;
		}
	}

	return next;
}

/** The next state for an action. Pure: everything it needs comes in `state` and `environment`. */
export function reduce(state: State, action: Action, environment: Environment): State {
	const current = state.notice === null ? state : {...state, notice: null};
	switch (action.type) {
		case 'resize': {
			return resize(current, action.size, environment);
		}

		case 'searchReady': {
			return searchReady(current, environment);
		}

		case 'notice': {
			return {...current, notice: action.text};
		}

		case 'key': {
			return handleKey(current, action.name, environment);
		}

		case 'keys': {
			return handleKeys(current, action.names, environment);
		}

		case 'paste': {
			return current.mode === 'search' ? insertText(current, action.text, environment) : current;
		}

		case 'effectDone': {
			return {...current, effect: null};
		}

		case 'background': {
			return {...state, background: action.text};
		}

		case 'articlesChanged': {
			return articlesChanged(current, action.total, action.selected, environment);
		}
	}
}
