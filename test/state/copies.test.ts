import {describe, expect, test} from 'vitest';
import {settle} from '../../source/state/settle.js';
import {articleAt, initialState, selectedArticle, visibleCount, type Copies} from '../../source/state/state.js';
import {hiddenCopies} from '../../source/state/copies.js';
import {key, run, size, typed, world} from './reader-world.js';

/** Articles 1, 2 and 50 are copies of earlier ones. */
const copies: Copies = (() => {
	const isCopy = new Uint8Array(100);
	for (const position of [1, 2, 50]) {
		isCopy[position] = 1;
	}

	return {isCopy, originals: Array.from({length: 100}, (_, index) => index).filter(index => isCopy[index] === 0)};
})();

const startWithCopies = (article?: number) => settle(initialState(100, size, {copies, start: article === undefined ? {} : {article}}), {type: 'searchReady'}, world);

describe('duplicates in the list', () => {
	test('are hidden at start: the list skips them and says how many', () => {
		const state = startWithCopies();
		expect(visibleCount(state)).toBe(97);
		expect([0, 1, 2].map(position => articleAt(state, position))).toEqual([0, 3, 4]);
		expect(hiddenCopies(state)).toBe(3);
		expect(selectedArticle(run(state, key('j')))).toBe(3);
	});

	test('= shows them, keeping the article selected, and = hides them again', () => {
		const state = run(startWithCopies(), key('j'), key('j'));
		expect(selectedArticle(state)).toBe(4);
		const shown = run(state, key('='));
		expect(visibleCount(shown)).toBe(100);
		expect(hiddenCopies(shown)).toBe(0);
		expect(selectedArticle(shown)).toBe(4);
		expect(shown.notice).toContain('duplicates shown');
		const onCopy = run(shown, key('k'), key('k'));
		expect(selectedArticle(onCopy)).toBe(2);
		// Hidden again while one is selected: the article shown after it.
		const hidden = run(onCopy, key('='));
		expect(visibleCount(hidden)).toBe(97);
		expect(selectedArticle(hidden)).toBe(3);
	});

	test('a search shows its matches less the copies, and counts those it hides', () => {
		// The world's search finds the even articles: 2 and 50 are copies among them.
		const state = run(startWithCopies(), key('/'), ...typed('hit'), key('enter'));
		expect(state.filter?.matches).toHaveLength(48);
		expect(state.filter?.matches).not.toContain(50);
		expect(hiddenCopies(state)).toBe(2);
		const shown = run(state, key('='));
		expect(shown.filter?.matches).toHaveLength(50);
		expect(hiddenCopies(shown)).toBe(0);
	});

	test('a run that starts on a copy starts on the article after it', () => {
		expect(selectedArticle(startWithCopies(50))).toBe(51);
		expect(selectedArticle(startWithCopies(49))).toBe(49);
	});

	test('with no copies = says so and changes nothing', () => {
		const state = settle(initialState(100, size), {type: 'searchReady'}, world);
		const after = run(state, key('='));
		expect(visibleCount(after)).toBe(100);
		expect(after.notice).toBe('no duplicates in this corpus');
	});

	test('A marks read what the list shows: the copies hidden are not sent', () => {
		const state = run(startWithCopies(), key('A'));
		expect(state.effect).toEqual({type: 'markAllRead', articles: copies.originals});
	});
});
