import {expect, test} from 'vitest';
import {splitRunsAtRanges} from '../../source/text/highlight.js';

test('a range past the end of the text marks up to the end', () => {
	expect(splitRunsAtRanges([{text: 'abc', style: 0}], [{start: 2, end: 9}], () => 1)).toEqual([
		{text: 'ab', style: 0},
		{text: 'c', style: 1},
	]);
});

test('overlapping ranges: the earlier one marks the overlap', () => {
	const result = splitRunsAtRanges([{text: 'abcdef', style: ''}], [{start: 3, end: 6, id: 'B'}, {start: 0, end: 4, id: 'A'}], (_style, range) => range.id);
	expect(result).toEqual([{text: 'abcd', style: 'A'}, {text: 'ef', style: 'B'}]);
});
