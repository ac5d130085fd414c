import {describe, expect, test} from 'vitest';
import {reduce, type Action} from '../../source/state/reduce.js';
import {needs, settle, settled} from '../../source/state/settle.js';
import {initialState, selectedArticle, type State} from '../../source/state/state.js';
import {key, run, size, start, typed, world} from './reader-world.js';

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
		expect(run(start(), 'down', 'print').effect).toEqual({type: 'print', article: 1, script: 'original'});
		for (const command of ['openUrl', 'copyUrl'] as const) {
			expect(run(start(), 'down', command).effect).toEqual({type: command, article: 1, link: null});
		}

		expect(run(start(), 'print', {type: 'effectDone'}).effect).toBeNull();
	});

	test('Enter opens the reader, or prints the article when stdout is a pipe', () => {
		expect(run(start(), 'open').pane).toBe('reader');
		expect(run(start({piped: true}), 'open').effect).toEqual({type: 'print', article: 0, script: 'original'});
	});

	test('keys mean what the mode makes them mean', () => {
		expect(run(start(), key('j'), key('j')).selected).toBe(2);
		expect(run(start(), key('/'), key('j'), key('j')).draft).toBe('jj');
		expect(run(start(), key('?'), key('j')).mode).toBe('help');
		expect(run(start(), key('/'), key('ctrl-c')).effect).toEqual({type: 'interrupt'});
		expect(run(start(), key('z')).selected).toBe(0);
	});

	test('a notice shows until the next key, whatever happens in the background meanwhile', () => {
		const state = run(start(), {type: 'notice', text: 'URL copied'});
		expect(state.notice).toBe('URL copied');
		// Search getting ready, an effect done, a resize: none is the user's, none clears it (seen under load: o's notice lost to searchReady).
		const later = run(state, {type: 'searchReady'}, {type: 'effectDone'}, {type: 'resize', size: {columns: 90, rows: 30}}, {type: 'background', text: 'indexing'});
		expect(later.notice).toBe('URL copied');
		expect(run(later, 'down').notice).toBeNull();
	});
});

describe('the search line', () => {
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
		expect(needs(moved)).toEqual({type: 'layout', article: 1, width: expect.any(Number), query: null, script: 'original', generation: 0});
		const typing = reduce(moved, {type: 'key', name: '/'});
		expect(needs(reduce(typing, {type: 'key', name: 'h'}))).toEqual({type: 'search', query: 'h', generation: 0});
	});

	test('keys that came together each meet the answers the one before asked for', () => {
		const searched = run(start(), 'search', typed('hit'), {type: 'key', name: 'enter'});
		const one = run(searched, 'nextHit', 'nextHit', 'nextHit');
		const together = run(searched, {type: 'keys', names: ['n', 'n', 'n']});
		expect(selectedArticle(together)).toBe(2);
		expect([selectedArticle(together), together.hit, together.readerTop]).toEqual([selectedArticle(one), one.hit, one.readerTop]);
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

describe('p and P', () => {
	test('P prints the selected article and quits, from either pane, with or without a search', () => {
		expect(run(start(), key('j'), key('P')).effect).toEqual({type: 'print', article: 1, script: 'original'});
		expect(run(start(), key('l'), key('P')).effect).toEqual({type: 'print', article: 0, script: 'original'});
		expect(run(start(), key('/'), ...typed('hit'), key('enter'), key('j'), key('P')).effect).toEqual({type: 'print', article: 2, script: 'original'});
	});

	test('p is the previous article everywhere, and never prints', () => {
		const third = run(start(), key('j'), key('j'));
		expect(selectedArticle(run(third, key('p')))).toBe(1);
		expect(selectedArticle(run(third, key('l'), key('p')))).toBe(1);
		const searched = run(start(), key('/'), ...typed('hit'), key('enter'), key('j'), key('j'));
		expect(selectedArticle(searched)).toBe(4);
		for (const pane of ['h', 'l']) {
			const state = run(searched, key(pane), key('p'));
			expect(selectedArticle(state)).toBe(2);
			expect(state.effect).toBeNull();
		}

		expect(run(start(), key('p')).effect).toBeNull();
	});

	test('n is the next article without a search, in the list as in the reader', () => {
		expect(selectedArticle(run(start(), key('n')))).toBe(1);
		expect(selectedArticle(run(start(), key('l'), key('n')))).toBe(1);
	});
});

describe('Space reads on', () => {
	test('it pages the reader, and at the end of an article goes on to the next one', () => {
		const reader = run(start(), key('l'));
		// 50 lines in a 39-row pane, paging by 37: the second Space reaches the last page (top 11), the third goes on.
		expect(run(reader, key('space')).readerTop).toBe(11);
		const next = run(reader, key('space'), key('space'));
		expect(selectedArticle(next)).toBe(1);
		expect(next.readerTop).toBe(0);
		expect(next.pane).toBe('reader');
	});

	test('Space at the very end of the last article stays there and says so', () => {
		const last = run(start(), key('G'), key('l'), key('G'));
		expect(selectedArticle(last)).toBe(99);
		const state = run(last, key('space'));
		expect(selectedArticle(state)).toBe(99);
		expect(state.readerTop).toBe(11);
		expect(state.effect).toBeNull();
		expect(state.notice).toBe('last article');
	});

	test('in the list Space pages the list', () => {
		expect(run(start(), key('space')).selected).toBe(39);
	});

	test('f and PgDn page without going on', () => {
		const end = run(start(), key('l'), key('G'));
		expect(selectedArticle(run(end, key('f')))).toBe(0);
		expect(selectedArticle(run(end, key('pageDown')))).toBe(0);
	});

	test('before the article is laid out, Space does not skip it', () => {
		const unknown = {...run(start(), key('l')), facts: null};
		expect(selectedArticle(reduce(unknown, key('space')))).toBe(0);
	});
});

describe('Esc then a key, typed together', () => {
	// What key-name.ts makes of `\u001Bj` in one read: two keys, in one action.
	test('on the search line: the line closes, then j moves', () => {
		const state = run(start(), key('/'), ...typed('hit'), {type: 'keys', names: ['escape', 'j']});
		expect(state.mode).toBe('browse');
		expect(state.filter).toBeNull();
		expect(state.selected).toBe(1);
	});

	test('in the reader: back to the list, then j selects the next article', () => {
		const state = run(start(), key('l'), {type: 'keys', names: ['escape', 'j']});
		expect(state.pane).toBe('list');
		expect(state.selected).toBe(1);
	});
});
