import {describe, expect, test} from 'vitest';
import {selectedArticle} from '../../source/state/state.js';
import {dayOf, key, run, start, typed} from './reader-world.js';

const command = (text: string) => [key(':'), ...typed(text), key('enter')];

describe('the command line', () => {
	test(': opens it; typing edits it; Esc closes it and nothing moves', () => {
		const open = run(start(), key(':'), ...typed('2q'));
		expect(open.mode).toBe('command');
		expect(open.draft).toBe('2q');
		expect(open.effect).toBeNull();
		const closed = run(open, key('escape'));
		expect(closed.mode).toBe('browse');
		expect(closed.draft).toBe('');
		expect(closed.selected).toBe(0);
	});

	test('Backspace on an empty line closes it, as in vim', () => {
		expect(run(start(), key(':'), key('backspace')).mode).toBe('browse');
		expect(run(start(), key(':'), key('5'), key('backspace')).mode).toBe('command');
	});

	test(':20 goes to article 20, from either pane; past the end to the last', () => {
		expect(selectedArticle(run(start(), ...command('20')))).toBe(19);
		const reader = run(start(), key('l'), ...command('20'));
		expect(selectedArticle(reader)).toBe(19);
		expect(reader.pane).toBe('reader');
		expect(selectedArticle(run(start(), ...command('1000')))).toBe(99);
	});

	test(':N counts the list as shown: with a filter, the Nth match', () => {
		const filtered = run(start(), key('/'), ...typed('hit'), key('enter'), ...command('3'));
		expect(selectedArticle(filtered)).toBe(4);
	});

	test(':2020-07-25 goes to the first article of that day (the list is newest first)', () => {
		const state = run(start(), ...command('2020-07-25'));
		expect(dayOf(selectedArticle(state) ?? -1)).toBe(25);
		expect(dayOf(state.selected - 1)).toBe(26);
		expect(state.notice).toBeNull();
		expect(state.pendingDay).toBeNull();
	});

	test('a day with no article goes to the nearest before it, and says so', () => {
		// None on July 20 in the test world: the first of July 19 is the nearest before it.
		const state = run(start(), ...command('2020-07-20'));
		expect(dayOf(selectedArticle(state) ?? -1)).toBe(19);
		expect(dayOf(state.selected - 1)).toBe(21);
		expect(state.notice).toBe('no article on 2020-07-20: the nearest before it');
	});

	test('a day after every article goes to the newest; one before them all to the oldest, saying so', () => {
		expect(run(start(), key('G'), ...command('2020-07-31')).selected).toBe(0);
		const before = run(start(), ...command('2020-07-05'));
		expect(before.notice).toBe('no article on or before 2020-07-05: the oldest');
		expect(selectedArticle(before)).toBe(99);
	});

	test('with a filter, the day is found among the matches', () => {
		const state = run(start(), key('/'), ...typed('hit'), key('enter'), ...command('2020-07-25'));
		const article = selectedArticle(state) ?? -1;
		expect(article % 2).toBe(0);
		expect(dayOf(article)).toBe(25);
		expect(dayOf(state.filter?.matches[state.selected - 1] ?? -1)).toBe(26);
	});

	test('a day that is not one is said so; nothing moves', () => {
		const state = run(start(), key('j'), ...command('2020-07-45'));
		expect(state.notice).toBe('not a date: 2020-07-45');
		expect(state.selected).toBe(1);
	});

	test(':q quits; anything else is not a command', () => {
		expect(run(start(), ...command('q')).effect).toEqual({type: 'quit'});
		const state = run(start(), ...command('source'));
		expect(state.notice).toContain('not a command: source');
		expect(state.mode).toBe('browse');
	});

	test('an empty line runs nothing', () => {
		const state = run(start(), key('j'), key(':'), key('enter'));
		expect(state.mode).toBe('browse');
		expect(state.selected).toBe(1);
		expect(state.notice).toBeNull();
	});
});
