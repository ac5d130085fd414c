import {expect, test} from 'vitest';
import {foldHan, hanFoldEntries} from '../../source/search/han-fold.js';

test.each([
	['關', '关'], ['係', '系'], ['國', '国'], ['臺', '台'], ['衞', '卫'], ['裡', '里'], ['麼', '么'],
])('%s folds to %s', (traditional, simplified) => {
	expect(foldHan(traditional)).toBe(simplified);
});

test.each(['关', '系', '台', '么', '才', '吃', 'a', '。'])('%s is already canonical', character => {
	expect(foldHan(character)).toBe(character);
});

test('folding is idempotent, so every spelling lands on one form', () => {
	const unstable = [...hanFoldEntries()].filter(([, to]) => foldHan(to) !== to);
	expect(unstable).toEqual([]);
});
