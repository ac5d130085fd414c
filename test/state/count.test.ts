import {describe, expect, test} from 'vitest';
import {selectedArticle} from '../../source/state/state.js';
import {key, run, start, typed} from './reader-world.js';

describe('count prefixes', () => {
	test('a count moves that many times: 5j, 5k, 3] and 2p', () => {
		expect(run(start(), ...typed('5j')).selected).toBe(5);
		expect(run(start(), ...typed('9j5k')).selected).toBe(4);
		expect(run(start(), ...typed('3]')).selected).toBe(3);
		expect(run(start(), ...typed('9j2p')).selected).toBe(7);
		expect(run(start(), key('l'), ...typed('3j')).readerTop).toBe(3);
	});

	test('10 Space pages ten times (clamped at the end)', () => {
		expect(run(start(), ...typed('10'), key('space')).selected).toBe(99);
		expect(run(start(), ...typed('2'), key('space')).selected).toBe(78);
	});

	test('20G and 20g go to article 20 in the list, to line 20 in the reader', () => {
		expect(selectedArticle(run(start(), ...typed('20G')))).toBe(19);
		expect(selectedArticle(run(start(), key('G'), ...typed('20g')))).toBe(19);
		expect(selectedArticle(run(start(), ...typed('500G')))).toBe(99);
		const reader = run(start(), key('l'), ...typed('5G'));
		expect(reader.readerTop).toBe(4);
		expect(selectedArticle(reader)).toBe(0);
	});

	test.each([
		['o', {type: 'openUrl', article: 0, link: null}],
		['3o', {type: 'openUrl', article: 0, link: 3}],
		['y', {type: 'copyUrl', article: 0, link: null}],
		['12y', {type: 'copyUrl', article: 0, link: 12}],
		['j2o', {type: 'openUrl', article: 1, link: 2}],
	])('%s names the link of the selected article, by its number in the text', (keys, effect) => {
		const state = run(start(), ...typed(keys));
		expect(state.effect).toEqual(effect);
		expect(state.count).toBeNull();
	});

	test('the digits show as they are typed, and are used up by the key after them', () => {
		const typing = run(start(), ...typed('12'));
		expect(typing.count).toBe(12);
		expect(run(typing, key('j')).count).toBeNull();
	});

	test('digits that arrive together with their key count all the same', () => {
		expect(run(start(), {type: 'keys', names: ['1', '2', 'j']}).selected).toBe(12);
	});

	test('a 0 first is no count; after a digit it is one', () => {
		expect(run(start(), ...typed('0')).count).toBeNull();
		expect(run(start(), ...typed('10j')).selected).toBe(10);
	});

	test('Esc takes back the count and does nothing else; so does a key that takes none', () => {
		const reader = run(start(), key('l'), ...typed('5'), key('escape'));
		expect(reader.count).toBeNull();
		expect(reader.pane).toBe('reader');
		expect(run(reader, key('j')).readerTop).toBe(1);
		expect(run(start(), ...typed('5z'), key('j')).selected).toBe(1);
		expect(run(start(), ...typed('5'), key('tab')).count).toBeNull();
	});

	test('on the search line digits are text', () => {
		const state = run(start(), key('/'), ...typed('20'));
		expect(state.draft).toBe('20');
		expect(state.count).toBeNull();
	});
});
