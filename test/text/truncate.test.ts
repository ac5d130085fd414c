import {describe, expect, test} from 'vitest';
import {displayWidth} from '../../source/text/display-width.js';
import {padToWidth, truncateToWidth} from '../../source/text/truncate.js';

describe('truncateToWidth', () => {
	test.each([
		['fits: unchanged', 'abc', 3, false, 'abc'],
		['Latin cut with …', 'abcdef', 4, false, 'abc…'],
		['a wide character that would straddle the edge is left out', '中华人民共和国', 7, false, '中华人…'],
		['even width', '中华人民共和国', 8, false, '中华人…'],
		['… is two columns when ambiguous is wide', '中华人民共和国', 8, true, '中华人…'],
		['… two columns wide, odd width', '中华人民共和国', 7, true, '中华…'],
		['a space before … is dropped', 'ab cdef', 4, false, 'ab…'],
		['an emoji cluster is never cut', 'a👨‍👩‍👧‍👦👨‍👩‍👧‍👦', 4, false, 'a👨‍👩‍👧‍👦…'],
		['no room for …', '中文', 1, true, ''],
		['zero width', 'abc', 0, false, ''],
		['ambiguous text itself', '“引号”很长', 6, true, '“引…'],
		['ambiguous text, one column short', '“引号”很长', 5, true, '“…'],
	])('%s', (_rule, text, width, ambiguousWide, expected) => {
		const result = truncateToWidth(text, width, {ambiguousWide});
		expect(result).toBe(expected);
		expect(displayWidth(result, {ambiguousWide})).toBeLessThanOrEqual(width);
	});
});

describe('padToWidth', () => {
	test.each([
		['中文', 6, false, '中文  '],
		['中华人民共和国', 8, false, '中华人… '],
		['“a”', 6, true, '“a”(pad)'.replace('(pad)', ' ')],
		['', 3, false, '   '],
	])('%j to %i columns', (text, width, ambiguousWide, expected) => {
		const result = padToWidth(text, width, {ambiguousWide});
		expect(result).toBe(expected);
		expect(displayWidth(result, {ambiguousWide})).toBe(width);
	});
});
