import {describe, expect, test} from 'vitest';
import {needs} from '../../source/state/settle.js';
import {key, run, start as startWithoutTables, typed} from './reader-world.js';
import type {State} from '../../source/state/state.js';

/** The reader with OpenCC's tables loaded, as a second after its first frame. */
const start = (options: {readonly piped?: boolean} = {}): State => run(startWithoutTables(options), {type: 'scriptReady'});

describe('t: the script the text is shown in', () => {
	test('cycles as written → Simplified → Traditional → as written, in the list and the reader alike', () => {
		const scripts = [start()];
		for (let step = 0; step < 3; step++) {
			scripts.push(run(scripts.at(-1) ?? start(), key('t')));
		}

		expect(scripts.map(state => state.script)).toEqual(['original', 'simplified', 'traditional', 'original']);
		expect(run(start(), key('l'), key('t')).script).toBe('simplified');
		expect(run(start(), key('t')).notice).toBeNull();
		expect(run(start(), ...typed('ttt')).notice).toBe('text as written');
	});

	test('the text is laid out again in the new script, and the reader keeps its place as a share of it', () => {
		const reading = run(start(), key('l'), ...typed('7j'));
		expect(reading.readerTop).toBe(7);
		const switched = run(reading, key('t'));
		expect(switched.facts?.script).toBe('simplified');
		expect(needs(switched)).toBeUndefined();
		// The test world lays every article out in 50 lines, whatever the script: the same place.
		expect(switched.readerTop).toBe(7);
	});

	test('the script is asked of the world with the layout it needs', () => {
		const state = {...start(), script: 'traditional' as const};
		expect(needs(state)).toMatchObject({type: 'layout', article: 0, script: 'traditional'});
	});

	test('until the tables are loaded the text is shown as written; then in the script chosen', () => {
		const early = run(startWithoutTables(), key('t'));
		expect(early.script).toBe('simplified');
		expect(needs(early)).toBeUndefined();
		expect(early.facts?.script).toBe('original');
		expect(run(early, {type: 'scriptReady'}).facts?.script).toBe('simplified');
	});

	test('P and Enter in a pipe print in the script shown', () => {
		expect(run(start(), key('t'), key('t'), key('P')).effect).toEqual({type: 'print', article: 0, script: 'traditional'});
		expect(run(start({piped: true}), key('t'), key('enter')).effect).toEqual({type: 'print', article: 0, script: 'simplified'});
	});
});
