import {describe, expect, test} from 'vitest';
import {forEachGrapheme, graphemes, isSimpleUnit} from '../../source/text/graphemes.js';

const reference = (text: string): string[] => [...new Intl.Segmenter(undefined, {granularity: 'grapheme'}).segment(text)].map(part => part.segment);

describe('graphemes', () => {
	test.each([
		['plain ASCII', 'hello, world'],
		['Chinese with punctuation', '中文，“引号”……——。'],
		['emoji ZWJ family, skin tone, flag', 'a👨‍👩‍👧‍👦b👍🏽c🇨🇳d'],
		['combining marks after ASCII', 'e\u0301a\u0300\u0316'],
		['variation selectors after CJK', '葛\u{E0100}邊\uFE00'],
		['Hangul jamo', '\u1100\u1161\u11A8한국'],
		['CRLF', 'a\r\nb'],
		['regional indicators in a row', '🇫🇷🇩🇪🇨'],
	])('%s: the same clusters as Intl.Segmenter', (_name, text) => {
		expect(graphemes(text)).toEqual(reference(text));
	});

	test('long text with complex clusters across piece edges: same clusters as the segmenter', () => {
		const unit = '👨‍👩‍👧‍👦e\u0301🇨🇳ไทย';
		const text = unit.repeat(200) + '中文' + unit.repeat(50);
		expect(graphemes(text)).toEqual(reference(text));
	});

	test('a visitor returning false stops the walk', () => {
		const seen: number[] = [];
		forEachGrapheme('abcdef', start => {
			seen.push(start);
			return start < 2;
		});
		expect(seen).toEqual([0, 1, 2]);
	});

	test.each([
		[0x41, true], [0x4e2d, true], [0xff0c, true], [0x3002, true],
		[0x0301, false], [0x200d, false], [0xfe0f, false], [0x0d, false], [0x302a, false], [0xad, false],
	])('isSimpleUnit(%s) is %s', (code, expected) => {
		expect(isSimpleUnit(code)).toBe(expected);
	});
});
