import {describe, expect, test} from 'vitest';
import {key, run, start, typed} from './reader-world.js';

const command = (text: string) => [key(':'), ...typed(text), key('enter')];

describe('the sources view', () => {
	test('c opens it with the counts the world made, the first source selected', () => {
		const state = run(start(), key('c'));
		expect(state.mode).toBe('sources');
		expect(state.sources?.counts?.rows.map(row => row.name)).toEqual(['甲', '乙']);
		expect(state.sources?.selected).toBe(0);
	});

	test(':sources opens it too', () => {
		expect(run(start(), ...command('sources')).mode).toBe('sources');
	});

	test('j moves to the next source, and Enter filters the list to it', () => {
		const state = run(start(), key('c'), key('j'));
		expect(state.sources?.selected).toBe(1);
		const picked = run(state, key('enter'));
		expect(picked.mode).toBe('browse');
		expect(picked.pane).toBe('list');
		expect(picked.filter?.query).toBe('source:"乙"');
		expect(picked.filter?.pending).toBeFalsy();
	});

	test('moving stops at the ends; G goes to the last', () => {
		expect(run(start(), key('c'), key('k')).sources?.selected).toBe(0);
		expect(run(start(), key('c'), key('G')).sources?.selected).toBe(1);
		expect(run(start(), key('c'), key('j'), key('j'), key('j')).sources?.selected).toBe(1);
	});

	test('Esc, q and c close it with the list as it was; q does not quit', () => {
		const before = run(start(), key('j'), key('j'));
		for (const close of ['escape', 'q', 'c']) {
			const after = run(before, key('c'), key('j'), key(close));
			expect(after.mode).toBe('browse');
			expect(after.effect).toBeNull();
			expect(after.selected).toBe(before.selected);
			expect(after.filter).toBeNull();
		}
	});

	test('opened again with a source shown, that source is selected', () => {
		const state = run(start(), key('c'), key('j'), key('enter'), key('c'));
		expect(state.sources?.selected).toBe(1);
	});

	test('counts are asked for again at every opening: marks made meanwhile show', () => {
		const state = run(start(), key('c'), key('escape'));
		expect(state.sources).toBeNull();
		expect(run(state, key('c')).sources?.counts).not.toBeNull();
	});
});
