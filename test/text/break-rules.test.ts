import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {NO_END, NO_START, TOKEN_PATTERN} from '../../source/text/break-rules.js';

const checker = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/typography/check.mjs');

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
		['推特(@nytchinese)', ['@nytchinese']],
		['话题#MeToo运动', ['#MeToo']],
		['＠纽约时报 ＃标签', []],
		['＠NYT ＃tag', ['＠NYT', '＃tag']],
		['写C++和C#代码', ['C++', 'C#']],
		['#1', ['#1']],
		['他停了一下-- 然后', ['--']],
		['well--known', ['well', '--', 'known']],
		['一二──三四', ['──']],
		['a-b', ['a-', 'b']],
		['邮箱a@b.cn', ['a@b.cn']],
	])('%j holds the words %j', (text, expected) => {
		expect(tokens(text)).toEqual(expected);
	});

	test.skipIf(!fs.existsSync(checker))('finds exactly the tokens of the rules\' judge (check.mjs, second edition)', async () => {
		const {TOKEN_RE} = await import(pathToFileURL(checker).href) as {TOKEN_RE: RegExp};
		const pieces = ['a', 'Z', '9', '中', ' ', '@', '#', '＠', '＃', '+', '-', '─', '.', ',', ':', '\'', '/', '_', '&', '(', ')', 'é', 'https://x.cn/a', '。'];
		fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 30}), parts => {
			const text = parts.join('');
			expect(tokens(text)).toEqual([...text.matchAll(TOKEN_RE)].map(match => match[0]));
		}), {numRuns: 500});
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
