import {describe, expect, test} from 'vitest';
import {keyName, keyNames} from '../../source/state/key-name.js';

const noKey = {
	upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageUp: false, pageDown: false,
	home: false, end: false, return: false, escape: false, tab: false, ctrl: false, backspace: false, delete: false,
};

describe('keyName', () => {
	test('names arrows, Enter, Escape, Ctrl and space', () => {
		expect(keyName('', {...noKey, upArrow: true})).toBe('up');
		expect(keyName('\r', {...noKey, return: true})).toBe('enter');
		expect(keyName('', {...noKey, escape: true})).toBe('escape');
		expect(keyName('c', {...noKey, ctrl: true})).toBe('ctrl-c');
		expect(keyName(' ', noKey)).toBe('space');
		expect(keyName('G', noKey)).toBe('G');
	});
});

describe('keyNames', () => {
	test('keys that arrive together in one event are each a key', () => {
		expect(keyNames('jj\t', noKey)).toEqual(['j', 'j', 'tab']);
		expect(keyNames('5j', noKey)).toEqual(['5', 'j']);
		expect(keyNames('j\u0003', noKey)).toEqual(['j', 'ctrl-c']);
		expect(keyNames('G', noKey)).toEqual(['G']);
		expect(keyNames('', {...noKey, pageDown: true})).toEqual(['pageDown']);
	});

	// What Ink hands over for each event (its input and key record), beside the event as the terminal sent it.
	test.each([
		['Esc then j: Ink says Alt-j', 'j', noKey, '\u001Bj', ['escape', 'j']],
		['Esc then /: Ink says a plain /', '/', noKey, '\u001B/', ['escape', '/']],
		['Esc then G', 'G', noKey, '\u001BG', ['escape', 'G']],
		['Esc then Enter', '', {...noKey, return: true}, '\u001B\r', ['escape', 'enter']],
		['Esc then Space', ' ', noKey, '\u001B ', ['escape', 'space']],
		['Esc then Backspace', '', {...noKey, delete: true}, '\u001B\u007F', ['escape', 'backspace']],
		['Esc then Ctrl-C', '\u0003', noKey, '\u001B\u0003', ['escape', 'ctrl-c']],
		['Esc then 香', '香', noKey, '\u001B香', ['escape', '香']],
		['Esc then Esc', '', {...noKey, escape: true}, '\u001B\u001B', ['escape', 'escape']],
		['Esc then ↑', '', {...noKey, upArrow: true}, '\u001B\u001B[A', ['escape', 'up']],
		['Esc alone', '', {...noKey, escape: true}, '\u001B', ['escape']],
		['↑ alone', '', {...noKey, upArrow: true}, '\u001B[A', ['up']],
		['PgDn alone', '', {...noKey, pageDown: true}, '\u001B[6~', ['pageDown']],
	] as const)('%s', (_name, input, key, raw, names) => {
		expect(keyNames(input, key, raw)).toEqual(names);
	});
});
