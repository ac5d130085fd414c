import {describe, expect, test} from 'vitest';
import {commandFor, helpRows, keymap} from '../../source/state/keymap.js';
import {keyName, keyNames} from '../../source/state/key-name.js';

const noKey = {
	upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageUp: false, pageDown: false,
	home: false, end: false, return: false, escape: false, tab: false, ctrl: false, backspace: false, delete: false,
};

describe('commandFor', () => {
	test.each([
		['j', 'list', false, 'down'],
		['down', 'reader', false, 'down'],
		['space', 'list', false, 'pageDown'],
		['b', 'list', false, 'pageUp'],
		['G', 'list', false, 'bottom'],
		['g', 'list', false, 'top'],
		['tab', 'list', false, 'switchPane'],
		['enter', 'list', false, 'open'],
		['escape', 'reader', false, 'back'],
		[']', 'list', false, 'nextArticle'],
		['n', 'reader', false, 'nextArticle'],
		['p', 'reader', false, 'previousArticle'],
		['n', 'reader', true, 'nextHit'],
		['N', 'list', true, 'previousHit'],
		['p', 'list', false, 'print'],
		['p', 'reader', true, 'print'],
		['/', 'list', false, 'search'],
		['?', 'reader', false, 'help'],
		['q', 'list', false, 'quit'],
		['ctrl-c', 'reader', true, 'interrupt'],
	] as const)('%s in the %s (searching: %s) runs %s', (key, pane, searching, command) => {
		expect(commandFor(key, {pane, searching})).toBe(command);
	});

	test('unbound keys do nothing', () => {
		expect(commandFor('z', {pane: 'list', searching: false})).toBeUndefined();
		expect(commandFor('N', {pane: 'list', searching: false})).toBeUndefined();
	});
});

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

test('the help screen words keys for people, one binding a row', () => {
	const rows = helpRows();
	expect(rows[0]).toEqual({keys: '↑ k', help: expect.stringContaining('previous article')});
	expect(rows).toContainEqual({keys: 'Ctrl-C', help: expect.stringContaining('130')});
	expect(rows).toContainEqual({keys: 'PgDn Space f Ctrl-F', help: 'down a page'});
});

test('no two bindings claim the same key in the same context', () => {
	const claims = keymap.flatMap(binding => binding.keys.map(key => `${key} ${binding.pane ?? '*'} ${String(binding.searching ?? '*')}`));
	expect(claims.filter((claim, index) => claims.indexOf(claim) !== index)).toEqual([]);
});

describe('keyNames', () => {
	test('keys that arrive together in one event are each a key', () => {
		expect(keyNames('jj\t', noKey)).toEqual(['j', 'j', 'tab']);
		expect(keyNames('G', noKey)).toEqual(['G']);
		expect(keyNames('', {...noKey, pageDown: true})).toEqual(['pageDown']);
	});
});
