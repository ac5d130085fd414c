import {describe, expect, test} from 'vitest';
import {reduce, type Action} from '../../source/state/reduce.js';
import {needs, settle, settled, type World} from '../../source/state/settle.js';
import {initialState, selectedArticle, type State} from '../../source/state/state.js';
import {keymap, type Command} from '../../source/state/keymap.js';

/** 100 articles of 50 lines each; article i has hits on lines 10 and 30 when the query is `hit`. */
const world: World = {
	layout: (article, _width, query) => ({lines: 50, hitLines: query === 'hit' && article % 2 === 0 ? [10, 30] : []}),
	search(query) {
		const matches = query === 'none' ? [] : Array.from({length: 100}, (_, index) => index).filter(index => index % 2 === 0);
		return {query, matches, problems: []};
	},
};

const size = {columns: 120, rows: 40};
/** The reader's first state, search ready, with the first article's facts from the world. */
const start = (options: {readonly piped?: boolean} = {}): State => settle(initialState(100, size, options), {type: 'searchReady'}, world);
/**
The key a terminal sends for a command, as a person would press it: the key map's first key for it
(Enter, Esc, `/`…), so that every step below is a real key press.
*/
const keyOf = (command: Command): string => {
	const binding = keymap.find(entry => entry.command === command);
	if (binding === undefined) {
		throw new Error(`no key for ${command}`);
	}

	return binding.keys[0] ?? '';
};

/** Keys typed one by one, as `{type: 'key'}` actions. */
const typed = (text: string): Action[] => [...text].map(name => ({type: 'key', name}));

const run = (state: State, ...actions: Array<Action | Command | Action[]>): State => actions.flat().reduce<State>(
	(current, action) => settle(current, typeof action === 'string' ? {type: 'key', name: keyOf(action)} : action, world),
	state,
);

describe('list navigation', () => {
	test('down and up move the selection, clamped at the ends', () => {
		expect(run(start(), 'down', 'down').selected).toBe(2);
		expect(run(start(), 'up').selected).toBe(0);
		expect(run(start(), 'bottom', 'down').selected).toBe(99);
	});

	test('page down moves by the list height and keeps the selection in view', () => {
		const state = run(start(), 'pageDown');
		// Side-by-side at 120×40: the list is 39 rows high.
		expect(state.selected).toBe(39);
		expect(state.listTop).toBeLessThanOrEqual(39);
		expect(state.listTop + 39).toBeGreaterThan(39);
	});

	test('the selection keeps a margin of rows from the bottom edge', () => {
		const state = run(start(), ...Array.from({length: 37}, () => 'down' as const));
		expect(state.selected).toBe(37);
		expect(state.listTop).toBe(37 + 3 - 39 + 1);
	});

	test('top and bottom', () => {
		expect(run(start(), 'bottom').selected).toBe(99);
		expect(run(start(), 'bottom', 'top').selected).toBe(0);
	});

	test('changing article resets the reader to its top', () => {
		const state = run(start(), 'focusReader', 'pageDown', 'focusList', 'down');
		expect(state.readerTop).toBe(0);
	});
});

describe('reader', () => {
	test('keys scroll the reader when it has focus, clamped to the last page', () => {
		const reader = run(start(), 'switchPane');
		expect(reader.pane).toBe('reader');
		expect(run(reader, 'down').readerTop).toBe(1);
		expect(run(reader, 'down').selected).toBe(0);
		// 50 lines in a 39-row pane: the last top line is 11.
		expect(run(reader, 'bottom').readerTop).toBe(11);
		expect(run(reader, 'pageDown', 'pageUp').readerTop).toBe(0);
	});

	test('[ and ] change article without leaving the reader', () => {
		const state = run(start(), 'open', 'nextArticle', 'nextArticle', 'previousArticle');
		expect(state.pane).toBe('reader');
		expect(selectedArticle(state)).toBe(1);
	});

	test('Esc goes back to the list', () => {
		expect(run(start(), 'open', 'back').pane).toBe('list');
	});

	test('h/l and Tab switch panes', () => {
		expect(run(start(), 'focusReader').pane).toBe('reader');
		expect(run(start(), 'focusReader', 'focusList').pane).toBe('list');
		expect(run(start(), 'switchPane', 'switchPane').pane).toBe('list');
	});
});

describe('search', () => {
	test('typing filters the list and keeps the selected article when it still matches', () => {
		const state = run(start(), 'down', 'down', 'search', typed('hit'));
		expect(state.mode).toBe('search');
		expect(state.filter?.matches.length).toBe(50);
		expect(selectedArticle(state)).toBe(2);
	});

	test('Enter keeps the filter and shows the first hit', () => {
		const state = run(start(), 'search', typed('hit'), {type: 'key', name: 'enter'});
		expect(state.mode).toBe('browse');
		expect(state.filter?.query).toBe('hit');
		expect(state.hit).toBe(0);
		expect(state.readerTop).toBe(10 - 3);
	});

	test('Esc while typing restores the list as it was', () => {
		const state = run(start(), 'down', 'search', typed('hit'), {type: 'key', name: 'escape'});
		expect(state.filter).toBeNull();
		expect(state.mode).toBe('browse');
		expect(selectedArticle(state)).toBe(1);
	});

	test('n walks the hits inside the article, then on to the next matching article', () => {
		const searched = run(start(), 'search', typed('hit'), {type: 'key', name: 'enter'});
		const second = run(searched, 'nextHit');
		expect(second.hit).toBe(1);
		expect(second.readerTop).toBe(11);
		const next = run(second, 'nextHit');
		expect(selectedArticle(next)).toBe(2);
		expect(next.hit).toBe(0);
		const back = run(next, 'previousHit');
		expect(selectedArticle(back)).toBe(0);
		expect(back.hit).toBe(1);
	});

	test('Esc in the list clears the filter and keeps the article selected', () => {
		const state = run(start(), 'search', typed('hit'), {type: 'key', name: 'enter'}, 'focusList', 'down', 'back');
		expect(state.filter).toBeNull();
		expect(selectedArticle(state)).toBe(2);
	});

	test('a search that finds nothing leaves an empty list', () => {
		const state = run(start(), 'search', typed('none'));
		expect(state.filter?.matches).toEqual([]);
		expect(selectedArticle(state)).toBeUndefined();
	});
});

describe('help, resize, effects', () => {
	test('? opens and closes help; Esc closes it', () => {
		expect(run(start(), 'help').mode).toBe('help');
		expect(run(start(), 'help', 'help').mode).toBe('browse');
		expect(run(start(), 'help', 'back').mode).toBe('browse');
	});

	test('resize keeps the selected article and the reading position', () => {
		const state = run(start(), 'down', 'down', 'focusReader', 'down', 'down', 'down', {type: 'resize', size: {columns: 60, rows: 20}});
		expect(selectedArticle(state)).toBe(2);
		expect(state.readerTop).toBe(3);
		expect(state.size).toEqual({columns: 60, rows: 20});
	});

	test('effects are asked for in the state, on the selected article', () => {
		expect(run(start(), 'quit').effect).toEqual({type: 'quit'});
		for (const command of ['print', 'openUrl', 'copyUrl'] as const) {
			expect(run(start(), 'down', command).effect).toEqual({type: command, article: 1});
		}

		expect(run(start(), 'print', {type: 'effectDone'}).effect).toBeNull();
	});

	test('Enter opens the reader, or prints the article when stdout is a pipe', () => {
		expect(run(start(), 'open').pane).toBe('reader');
		expect(run(start({piped: true}), 'open').effect).toEqual({type: 'print', article: 0});
	});

	test('keys mean what the mode makes them mean', () => {
		const key = (name: string): Action => ({type: 'key', name});
		expect(run(start(), key('j'), key('j')).selected).toBe(2);
		expect(run(start(), key('/'), key('j'), key('j')).draft).toBe('jj');
		expect(run(start(), key('?'), key('j')).mode).toBe('browse');
		expect(run(start(), key('/'), key('ctrl-c')).effect).toEqual({type: 'interrupt'});
		expect(run(start(), key('z')).selected).toBe(0);
	});

	test('a notice shows until the next action', () => {
		const state = run(start(), {type: 'notice', text: 'URL copied'});
		expect(state.notice).toBe('URL copied');
		expect(run(state, 'down').notice).toBeNull();
	});
});

describe('the search line', () => {
	const key = (name: string): Action => ({type: 'key', name});

	test('keys typed straight after / edit the line and filter at once', () => {
		const state = run(start(), 'search', key('h'), key('i'), key('t'));
		expect(state.draft).toBe('hit');
		expect(state.cursor).toBe(3);
		expect(state.filter?.query).toBe('hit');
	});

	test('Backspace to empty shows the list as it was', () => {
		const state = run(start(), 'search', key('x'), key('backspace'));
		expect(state.draft).toBe('');
		expect(state.filter).toBeNull();
	});

	test('Enter submits, Esc cancels', () => {
		expect(run(start(), 'search', key('h'), key('i'), key('t'), key('enter')).mode).toBe('browse');
		expect(run(start(), 'search', key('h'), key('escape')).filter).toBeNull();
	});
});

test('a search typed before search was ready is searched when it is, showing its first hit', () => {
	const keys: Action[] = [{type: 'key', name: '/'}, ...typed('hit'), {type: 'key', name: 'enter'}];
	const before = keys.reduce<State>((state, action) => settle(state, action, world), settled(initialState(100, size), world));
	expect(before.filter?.pending).toBe(true);
	expect(before.filter?.matches).toEqual([]);
	const after = settle(before, {type: 'searchReady'}, world);
	expect(after.filter?.matches).toHaveLength(50);
	expect(after.hit).toBe(0);
	expect(after.readerTop).toBe(10 - 3);
});

describe('the reducer asks, the world answers', () => {
	test('reduce alone touches nothing: what it lacks is named by needs', () => {
		const moved = reduce(start(), {type: 'key', name: 'j'});
		expect(selectedArticle(moved)).toBe(1);
		expect(needs(moved)).toEqual({type: 'layout', article: 1, width: expect.any(Number), query: null, generation: 0});
		const typing = reduce(moved, {type: 'key', name: '/'});
		expect(needs(reduce(typing, {type: 'key', name: 'h'}))).toEqual({type: 'search', query: 'h', generation: 0});
	});

	test('an answer to a query since replaced is dropped', () => {
		const typing = reduce(reduce(start(), {type: 'key', name: '/'}), {type: 'keys', names: ['h', 'i']});
		const stale = reduce(typing, {type: 'searched', generation: 0, filter: {query: 'h', matches: [5], problems: []}});
		expect(stale.filter).toEqual(typing.filter);
	});

	test('until the facts come, the reader does not scroll past its top', () => {
		const reader = reduce(start(), {type: 'key', name: 'j'});
		expect(reduce({...reader, pane: 'reader'}, {type: 'key', name: 'j'}).readerTop).toBe(0);
	});

	test('the state is plain data: a round trip through JSON gives it back', () => {
		const state = run(start(), 'search', typed('hit'), {type: 'key', name: 'enter'}, 'nextHit');
		expect(JSON.parse(JSON.stringify(state))).toEqual(state);
	});
});
