import {settle, type World} from '../../source/state/settle.js';
import type {Action} from '../../source/state/reduce.js';
import {initialState, type State} from '../../source/state/state.js';
import {keymap, type Command} from '../../source/state/keymap.js';

/** The day of article `index` in the test world: four articles a day, newest first, from 2020-07-31 to 2020-07-06, none on the 20th. */
export const dayOf = (index: number): number => {
	const day = 31 - Math.floor(index / 4);
	return day <= 20 ? day - 1 : day;
};

/**
100 articles of 50 lines each, every third read (0, 3, 6, …); article i has hits on lines 10 and 30 when the query is `hit`; the help
is 60 lines at any width; article i is of day `dayOf(i)` in July 2020.
*/
export const world: World = {
	layout: (article, _width, query) => ({lines: 50, hitLines: query === 'hit' && article % 2 === 0 ? [10, 30] : []}),
	search(query) {
		const matches = query === 'none' ? [] : Array.from({length: 100}, (_, index) => index).filter(index => index % 2 === 0);
		return {query, matches, problems: []};
	},
	helpLines: () => 60,
	// Two sources: 甲 the 70 newest articles, 乙 the 30 oldest (every third read, as above).
	countSources: () => ({
		rows: [
			{name: '甲', articles: 70, unread: 46, newest: Date.UTC(2020, 6, 31), months: [70]},
			{name: '乙', articles: 30, unread: 20, newest: Date.UTC(2020, 6, 13), months: [30]},
		],
		firstMonth: '2020-07',
	}),
	// Every third article is read.
	isRead: article => article % 3 === 0,
	articleExists: article => article >= 0 && article < 100,
	findDay(day, matches) {
		const match = /^2020-07-(\d\d)$/.exec(day);
		const wanted = Number(match?.[1] ?? 99);
		if (wanted > 31) {
			return {kind: 'notADate'};
		}

		const positions = matches ?? Array.from({length: 100}, (_, index) => index);
		const position = positions.findIndex(article => dayOf(article) <= wanted);
		return position < 0 ? {kind: 'allLater'} : {kind: 'found', position, sameDay: dayOf(positions[position] ?? 0) === wanted};
	},
};

export const size = {columns: 120, rows: 40};

/** The reader's first state, search ready, with the first article's facts from the world. */
export const start = (options: {readonly piped?: boolean} = {}): State => settle(initialState(100, size, options), {type: 'searchReady'}, world);

/**
The key a terminal sends for a command, as a person would press it: the key map's first key for it
(Enter, Esc, `/`…), so that every step below is a real key press.
*/
export const keyOf = (command: Command): string => {
	const binding = keymap.find(entry => entry.command === command);
	if (binding === undefined) {
		throw new Error(`no key for ${command}`);
	}

	return binding.keys[0] ?? '';
};

/** One key by its key map name: `j`, `escape`, `space`, `ctrl-n`. */
export const key = (name: string): Action => ({type: 'key', name});

/** Keys typed one by one, as `{type: 'key'}` actions. */
export const typed = (text: string): Action[] => [...text].map(name => key(name));

/** The state after each action and what it then needs: a command stands for its first key. */
export const run = (state: State, ...actions: Array<Action | Command | Action[]>): State => actions.flat().reduce<State>(
	(current, action) => settle(current, typeof action === 'string' ? key(keyOf(action)) : action, world),
	state,
);
