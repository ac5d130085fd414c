import {describe, expect, test} from 'vitest';
import {needs} from '../../source/state/settle.js';
import {key, run, start, typed} from './reader-world.js';

// The test world's help is 60 lines; at 120×40 it shows 39 of them: the last first line is 21.
describe('the help screen', () => {
	const help = () => run(start(), key('?'));

	test('? opens it at its top, with its line count asked of the world', () => {
		const state = help();
		expect(state.mode).toBe('help');
		expect(state.helpTop).toBe(0);
		expect(state.helpFacts).toEqual({width: 120, lines: 60});
	});

	test.each([
		[['j'], 1],
		[['down', 'down', 'up'], 1],
		[['k'], 0],
		[['space'], 21],
		[['pageDown'], 21],
		[['ctrl-d'], 19],
		[['G'], 21],
		[['end'], 21],
		[['G', 'k'], 20],
		[['G', 'g'], 0],
		[['G', 'pageUp'], 0],
		[['5', 'j'], 5],
		[['1', '0', 'G'], 9],
	])('%j scrolls it to line %i', (keys, top) => {
		const state = run(help(), ...keys.map(name => key(name)));
		expect(state.helpTop).toBe(top);
		expect(state.mode).toBe('help');
		expect(state.selected).toBe(0);
	});

	test.each(['q', 'escape', '?'])('%s closes it, never the program', name => {
		const state = run(help(), key('j'), key(name));
		expect(state.mode).toBe('browse');
		expect(state.effect).toBeNull();
	});

	test('other keys do nothing there; Ctrl-C still interrupts', () => {
		for (const name of ['x', 'enter', 'P', 'p', '/', ':', 'tab', 'o']) {
			const state = run(help(), key(name));
			expect(state.mode).toBe('help');
			expect(state.effect).toBeNull();
		}

		expect(run(help(), key('ctrl-c')).effect).toEqual({type: 'interrupt'});
	});

	test('opened again it starts from the top', () => {
		expect(run(help(), key('G'), key('q'), key('?')).helpTop).toBe(0);
	});

	test('a resize asks for the line count at the new width, and keeps the scroll inside it', () => {
		const scrolled = run(help(), key('G'));
		const resized = run(scrolled, {type: 'resize', size: {columns: 80, rows: 24}});
		expect(resized.helpFacts).toEqual({width: 80, lines: 60});
		expect(run(resized, key('G')).helpTop).toBe(60 - 23);
		expect(needs(resized)).toBeUndefined();
	});

	test('the panes behind it keep their place', () => {
		const state = run(start(), ...typed('3j'), key('?'), key('G'), key('q'));
		expect(state.selected).toBe(3);
	});
});
