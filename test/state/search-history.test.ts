import {describe, expect, test} from 'vitest';
import {rememberQuery, historyLength} from '../../source/state/search-history.js';
import {selectedArticle, type State} from '../../source/state/state.js';
import {key, run, start, typed} from './reader-world.js';

const searched = (state: State, query: string): State => run(state, key('/'), ...typed(query), key('enter'));

describe('rememberQuery', () => {
	test('the newest last, each query once, blank ones never', () => {
		expect(rememberQuery(['a', 'b'], 'c')).toEqual(['a', 'b', 'c']);
		expect(rememberQuery(['a', 'b', 'c'], 'a')).toEqual(['b', 'c', 'a']);
		expect(rememberQuery(['a'], ' ')).toEqual(['a']);
		expect(rememberQuery(Array.from({length: historyLength}, (_, index) => String(index)), 'new')).toHaveLength(historyLength);
	});
});

describe('the search history', () => {
	test('Enter puts the query in the history; Esc does not', () => {
		expect(searched(start(), 'hit').searchHistory).toEqual(['hit']);
		expect(run(start(), key('/'), ...typed('hit'), key('escape')).searchHistory).toEqual([]);
	});

	test('/ and Enter on an empty line searches the last query again, showing its first hit', () => {
		const cleared = run(searched(start(), 'hit'), key('escape'));
		expect(cleared.filter).toBeNull();
		const again = run(cleared, key('/'), key('enter'));
		expect(again.mode).toBe('browse');
		expect(again.filter?.query).toBe('hit');
		expect(again.filter?.matches).toHaveLength(50);
		expect(again.hit).toBe(0);
		expect(again.readerTop).toBe(10 - 3);
	});

	test('with no history, / and Enter just close the line', () => {
		const state = run(start(), key('/'), key('enter'));
		expect(state.mode).toBe('browse');
		expect(state.filter).toBeNull();
	});

	test('↑ recalls earlier queries, searched as if typed; ↓ comes back to the line as it was typed', () => {
		const history = searched(searched(start(), 'hit'), 'none');
		expect(history.searchHistory).toEqual(['hit', 'none']);
		const typing = run(history, key('/'), ...typed('x'));
		const newest = run(typing, key('up'));
		expect(newest.draft).toBe('none');
		expect(newest.cursor).toBe(4);
		expect(newest.filter?.query).toBe('none');
		const oldest = run(newest, key('up'), key('up'));
		expect(oldest.draft).toBe('hit');
		expect(oldest.filter?.matches).toHaveLength(50);
		const back = run(oldest, key('down'), key('down'));
		expect(back.draft).toBe('x');
		expect(back.filter?.query).toBe('x');
		expect(run(back, key('down')).draft).toBe('x');
	});

	test('a recalled query can be edited, and Enter keeps the edit', () => {
		const state = run(searched(start(), 'hit'), key('/'), key('up'), key('backspace'), key('enter'));
		expect(state.filter?.query).toBe('hi');
		expect(state.searchHistory).toEqual(['hit', 'hi']);
	});

	test('a recalled query submitted again moves to the newest place', () => {
		const state = run(searched(searched(start(), 'hit'), 'none'), key('/'), key('up'), key('up'), key('enter'));
		expect(state.searchHistory).toEqual(['none', 'hit']);
	});

	test('while typing, Ctrl-N and Ctrl-P move through the list, and PgDn by a page, from either pane', () => {
		const typing = run(start(), key('l'), key('/'), ...typed('hit'));
		expect(selectedArticle(run(typing, key('ctrl-n'), key('ctrl-n')))).toBe(4);
		expect(selectedArticle(run(typing, key('ctrl-n'), key('ctrl-n'), key('ctrl-p')))).toBe(2);
		expect(run(typing, key('pageDown')).selected).toBe(39);
		expect(run(typing, key('ctrl-n')).draft).toBe('hit');
	});

	test('the history is plain data in the state', () => {
		const state = searched(start(), 'hit');
		expect(JSON.parse(JSON.stringify(state.searchHistory))).toEqual(['hit']);
	});
});
