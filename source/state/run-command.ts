import type {Command} from './keymap.js';
import {panes, scrollReader, select} from './navigation.js';
import {reselect, stepHit} from './search-actions.js';
import {selectedArticle, visibleCount, type State} from './state.js';

/** What a key map command does to the state. */
export function runCommand(state: State, command: Command): State {
	const layout = panes(state);
	const inList = state.pane === 'list';
	const page = inList ? layout.list.height : Math.max(1, layout.reader.height - 2);
	const half = Math.max(1, Math.floor(page / 2));
	const move = (delta: number): State => inList
		? select(state, state.selected + delta)
		: scrollReader(state, state.readerTop + delta);
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
			return inList ? select(state, 0) : scrollReader(state, 0);
		}

		case 'bottom': {
			return inList ? select(state, visibleCount(state) - 1) : scrollReader(state, Number.MAX_SAFE_INTEGER);
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
			return stepHit(state, 1);
		}

		case 'previousHit': {
			return stepHit(state, -1);
		}

		case 'help': {
			return {...state, mode: state.mode === 'help' ? 'browse' : 'help'};
		}

		case 'quit':
		case 'suspend': {
			return {...state, effect: {type: command}};
		}

		case 'interrupt': {
			return {...state, effect: {type: 'interrupt'}};
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
