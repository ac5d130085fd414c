import {describe, expect, test} from 'vitest';
import {settle} from '../../source/state/settle.js';
import {initialState, selectedArticle} from '../../source/state/state.js';
import type {Script} from '../../source/text/han-script.js';
import {key, run, size, start, world} from './reader-world.js';

// The world has every third article read: 0, 3, 6, …

describe('n and N with no search: the next and previous unread article', () => {
	test('n skips the articles read', () => {
		expect(selectedArticle(run(start(), key('n')))).toBe(1);
		expect(selectedArticle(run(start(), key('n'), key('n')))).toBe(2);
		// From 2, article 3 is read: n goes to 4.
		expect(selectedArticle(run(start(), key('n'), key('n'), key('n')))).toBe(4);
	});

	test('N goes back over the articles read, and says so when there is none before', () => {
		const atFive = run(start(), key('5'), key('g'));
		expect(selectedArticle(atFive)).toBe(4);
		expect(selectedArticle(run(atFive, key('N')))).toBe(2);
		const first = run(start(), key('N'));
		expect(selectedArticle(first)).toBe(0);
		expect(first.notice).toBe('no unread article before this one');
	});

	test('with a filter, n is the next hit, not the next unread', () => {
		const filtered = run(start(), key('/'), key('h'), key('i'), key('t'), key('enter'));
		expect(filtered.seekingUnread).toBeNull();
		expect(run(filtered, key('n')).seekingUnread).toBeNull();
	});
});

describe('marks are asked for as effects: the reading state is the world\'s', () => {
	test('r and s name the selected article', () => {
		expect(run(start(), key('j'), key('r')).effect).toEqual({type: 'toggleRead', article: 1});
		expect(run(start(), key('j'), key('j'), key('s')).effect).toEqual({type: 'toggleStar', article: 2});
	});

	test('A marks what the list shows: every article, or the filter\'s matches', () => {
		expect(run(start(), key('A')).effect).toEqual({type: 'markAllRead', articles: null});
		const filtered = run(start(), key('/'), key('h'), key('i'), key('t'), key('enter'), key('A'));
		expect(filtered.effect).toEqual({type: 'markAllRead', articles: Array.from({length: 50}, (_, index) => index * 2)});
	});
});

describe('U and S: only unread, only starred, as a filter', () => {
	test('U adds is:unread to the filter and takes it out again', () => {
		const only = run(start(), key('U'));
		expect(only.filter?.query).toBe('is:unread');
		expect(run(only, key('U')).filter).toBeNull();
	});

	test('S joins a typed query, and leaves it when pressed again', () => {
		const typed = run(start(), key('/'), key('h'), key('i'), key('t'), key('enter'), key('S'));
		expect(typed.filter?.query).toBe('hit is:starred');
		expect(run(typed, key('S')).filter?.query).toBe('hit');
	});
});

describe('a run starts where the last one stopped', () => {
	test('on the article kept, with the searches kept', () => {
		const state = settle(initialState(100, size, {start: {article: 42, searchHistory: ['香港']}}), {type: 'searchReady'}, world);
		expect(selectedArticle(state)).toBe(42);
		expect(state.searchHistory).toEqual(['香港']);
	});

	test('with the filter kept, searched once search is ready, the article kept selected', () => {
		const waiting = initialState(100, size, {start: {article: 42, filter: 'hit'}});
		expect(waiting.filter).toMatchObject({query: 'hit', pending: true});
		const ready = settle(waiting, {type: 'searchReady'}, world);
		expect(ready.filter?.pending).toBeFalsy();
		expect(selectedArticle(ready)).toBe(42);
	});

	test('an article kept that is no longer there starts at the top', () => {
		expect(selectedArticle(initialState(100, size, {start: {article: 500}}))).toBe(0);
	});

	test('an article opened goes to where reading it stopped, once its facts come', () => {
		const resuming = {...world, layout: (article: number, width: number, query: string | null, script: Script) => ({...world.layout(article, width, query, script), resume: article === 1 ? 7 : null})};
		const state = settle(start(), key('j'), resuming);
		expect(state.readerTop).toBe(7);
		// Not when it is laid out again for the same article (a resize, a query): it stays where it is.
		expect(settle({...state, readerTop: 3}, {type: 'resize', size: {columns: 100, rows: 40}}, resuming).readerTop).not.toBe(7);
		// An article without a kept position opens at its top.
		expect(settle(state, key('j'), resuming).readerTop).toBe(0);
	});
});
