import {describe, expect, test} from 'vitest';
import {displayWidth, nextTabStop} from '../../source/text/display-width.js';

describe('displayWidth', () => {
	test.each([
		['', 0, 0],
		['abc', 3, 3],
		['中文', 4, 4],
		['，。', 4, 4],
		['“好”', 4, 6],
		['……——', 4, 8],
		['·', 1, 2],
		['👨‍👩‍👧‍👦', 2, 2],
		['e\u0301', 1, 1],
		['\u3000', 2, 2],
		['\u00A0', 1, 1],
		['a\tb', 9, 9],
		['中文\t', 8, 8],
		['ab\n中文字', 6, 6],
	])('%j is %i columns narrow, %i wide', (text, narrow, wide) => {
		expect(displayWidth(text)).toBe(narrow);
		expect(displayWidth(text, {ambiguousWide: true})).toBe(wide);
	});

	test.each([[0, 8], [7, 8], [8, 16], [13, 16]])('a tab at column %i moves to %i', (column, stop) => {
		expect(nextTabStop(column)).toBe(stop);
	});
});
