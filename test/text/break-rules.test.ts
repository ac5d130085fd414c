import {describe, expect, test} from 'vitest';
import {NO_END, NO_START, TOKEN_PATTERN} from '../../source/text/break-rules.js';

const tokens = (text: string): string[] => [...text.matchAll(TOKEN_PATTERN)].map(match => match[0]);

describe('TOKEN_PATTERN', () => {
	test.each([
		['价格2.25元', ['2.25']],
		['共1,000人', ['1,000']],
		['15/06/2022 - 21:48', ['15/06/2022', '21:48']],
		['COVID-19疫情', ['COVID-19']],
		['well-known', ['well-', 'known']],
		["don't stop", ["don't", 'stop']],
		['见https://example.com/a?b=1。', ['https://example.com/a?b=1']],
		['（Maria Zakharova）', ['Maria', 'Zakharova']],
		['中文', []],
	])('%j holds the words %j', (text, expected) => {
		expect(tokens(text)).toEqual(expected);
	});
});

describe('kinsoku classes', () => {
	test.each([...'、。，：；！？”’）》…—·％々\u3000'])('%j may not start a line', mark => {
		expect(NO_START.has(mark.codePointAt(0) ?? 0)).toBe(true);
	});

	test.each([...'“‘（《【$￥/'])('%j may not end a line', mark => {
		expect(NO_END.has(mark.codePointAt(0) ?? 0)).toBe(true);
	});

	test('an ideograph is in neither class', () => {
		expect(NO_START.has(0x4e2d) || NO_END.has(0x4e2d)).toBe(false);
	});
});
