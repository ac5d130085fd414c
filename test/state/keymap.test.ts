import {describe, expect, test} from 'vitest';
import {commandFor, helpRows, keymap} from '../../source/state/keymap.js';

describe('commandFor', () => {
	test.each([
		['j', 'browse', 'list', false, 'down'],
		['down', 'browse', 'reader', false, 'down'],
		['space', 'browse', 'list', false, 'readOn'],
		['f', 'browse', 'list', false, 'pageDown'],
		['b', 'browse', 'list', false, 'pageUp'],
		['G', 'browse', 'list', false, 'bottom'],
		['g', 'browse', 'list', false, 'top'],
		['5', 'browse', 'reader', false, 'count'],
		['0', 'browse', 'list', true, 'count'],
		['tab', 'browse', 'list', false, 'switchPane'],
		['enter', 'browse', 'list', false, 'open'],
		['escape', 'browse', 'reader', false, 'back'],
		[']', 'browse', 'list', false, 'nextArticle'],
		['n', 'browse', 'reader', false, 'nextUnread'],
		['n', 'browse', 'list', false, 'nextUnread'],
		['N', 'browse', 'list', false, 'previousUnread'],
		['r', 'browse', 'reader', false, 'toggleRead'],
		['A', 'browse', 'list', true, 'markAllRead'],
		['s', 'browse', 'list', false, 'toggleStar'],
		['U', 'browse', 'list', false, 'onlyUnread'],
		['S', 'browse', 'reader', true, 'onlyStarred'],
		['p', 'browse', 'reader', false, 'previousArticle'],
		['p', 'browse', 'list', false, 'previousArticle'],
		['p', 'browse', 'reader', true, 'previousArticle'],
		['p', 'browse', 'list', true, 'previousArticle'],
		['n', 'browse', 'reader', true, 'nextHit'],
		['N', 'browse', 'list', true, 'previousHit'],
		['P', 'browse', 'list', false, 'print'],
		['P', 'browse', 'reader', true, 'print'],
		['/', 'browse', 'list', false, 'search'],
		[':', 'browse', 'reader', false, 'commandLine'],
		['?', 'browse', 'reader', false, 'help'],
		['q', 'browse', 'list', false, 'quit'],
		['ctrl-c', 'browse', 'reader', true, 'interrupt'],
		// The help scrolls and closes; it never quits.
		['j', 'help', 'list', false, 'down'],
		['space', 'help', 'list', false, 'readOn'],
		['pageUp', 'help', 'reader', false, 'pageUp'],
		['G', 'help', 'list', false, 'bottom'],
		['q', 'help', 'list', false, 'closeHelp'],
		['escape', 'help', 'reader', false, 'closeHelp'],
		['?', 'help', 'list', false, 'closeHelp'],
		['ctrl-c', 'help', 'list', false, 'interrupt'],
		['ctrl-z', 'help', 'list', false, 'suspend'],
		// The search line: ↑ ↓ recall queries, Ctrl-P Ctrl-N and PgUp PgDn move the list, the rest edits.
		['up', 'search', 'list', false, 'olderQuery'],
		['down', 'search', 'reader', true, 'newerQuery'],
		['ctrl-p', 'search', 'list', false, 'previousArticle'],
		['ctrl-n', 'search', 'list', false, 'nextArticle'],
		['pageDown', 'search', 'list', false, 'pageDown'],
		['ctrl-c', 'search', 'list', false, 'interrupt'],
		['ctrl-c', 'command', 'list', false, 'interrupt'],
	] as const)('%s in %s, the %s (searching: %s) runs %s', (key, mode, pane, searching, command) => {
		expect(commandFor(key, {mode, pane, searching})).toBe(command);
	});

	test.each([
		['z', 'browse', false],
		['r', 'help', false],
		['p', 'help', false],
		['enter', 'help', false],
		// Typed on a line, not run.
		['q', 'search', false],
		['5', 'search', false],
		['j', 'command', false],
		['escape', 'search', true],
		['space', 'command', false],
	] as const)('%s in %s (searching: %s) runs nothing', (key, mode, searching) => {
		expect(commandFor(key, {mode, pane: 'list', searching})).toBeUndefined();
	});

	test('p never prints, in any mode, pane or search', () => {
		for (const mode of ['browse', 'help', 'search', 'command'] as const) {
			for (const pane of ['list', 'reader'] as const) {
				for (const searching of [false, true]) {
					expect(commandFor('p', {mode, pane, searching})).not.toBe('print');
				}
			}
		}
	});

	test('q quits only from the panes', () => {
		expect(keymap.filter(binding => binding.command === 'quit').flatMap(binding => binding.modes ?? ['browse' as const])).toEqual(['browse']);
	});
});

test('the help screen words keys for people, one binding a row', () => {
	const rows = helpRows();
	expect(rows).toContainEqual({keys: '↑ k', help: expect.stringContaining('previous article')});
	expect(rows).toContainEqual({keys: 'Ctrl-C', help: expect.stringContaining('130')});
	expect(rows).toContainEqual({keys: 'PgDn f Ctrl-F', help: 'down a page'});
	expect(rows).toContainEqual({keys: '0-9', help: expect.stringContaining('count')});
	expect(rows).toContainEqual({keys: 'q Esc ?', help: expect.stringContaining('close the help')});
});

test('no two bindings claim the same key in the same context', () => {
	const claims = keymap.flatMap(binding => (binding.modes ?? ['browse']).flatMap(mode =>
		binding.keys.map(key => `${key} ${mode} ${binding.pane ?? '*'} ${String(binding.searching ?? '*')}`)));
	expect(claims.filter((claim, index) => claims.indexOf(claim) !== index)).toEqual([]);
});
