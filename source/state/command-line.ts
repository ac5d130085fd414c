/**
The command line at the bottom, after `:` (as in vim and less): `:20` goes to article 20 of the list,
`:2020-07-01` to the first article of that day. Edited like the search line; Enter runs it, Esc (or
Backspace on an empty line) closes it.
*/
import {select} from './navigation.js';
import {editSearchLine} from './search-line.js';
import {openSources} from './sources.js';
import {visibleCount, type State} from './state.js';

/** A day as the command line takes it: `2020-07-01`, `2020/7/1`, `2020.07.01`. */
const dayPattern = /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$/;

const closed = (state: State): State => ({...state, mode: 'browse', draft: '', cursor: 0});

/** What the command line's text does once Enter runs it. */
export function runCommandLine(state: State, text: string): State {
	const command = text.trim();
	if (command === '') {
		return state;
	}

	if (/^\d+$/.test(command)) {
		// Numbered as the status bar counts: the Nth row of the list as shown (with no filter and no copies hidden, `list`'s N).
		return select(state, Number(command) - 1);
	}

	if (dayPattern.test(command)) {
		// Dates are the world's to read (the reducer keeps no clock or calendar): asked for in settle.ts.
		return visibleCount(state) === 0 ? {...state, notice: 'no article to go to'} : {...state, pendingDay: command};
	}

	if (command === 'sources') {
		return openSources(state);
	}

	if (command === 'q') {
		return {...state, effect: {type: 'quit'}};
	}

	return {...state, notice: `not a command: ${command} (:20 goes to article 20, :2020-07-01 to that day, :sources to the sources)`};
}

/** A key on the open command line. */
export function editCommandLine(state: State, key: string): State {
	if (key === 'backspace' && state.draft === '') {
		return closed(state);
	}

	const result = editSearchLine({text: state.draft, cursor: state.cursor}, key);
	switch (result.kind) {
		case 'edit': {
			return {...state, draft: result.line.text, cursor: result.line.cursor};
		}

		case 'submit': {
			return runCommandLine(closed(state), state.draft);
		}

		case 'cancel': {
			return closed(state);
		}

		case 'ignore': {
			return state;
		}
	}
}
