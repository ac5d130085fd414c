import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import * as OpenCC from 'opencc-js';
import {convertedRange, convertScript} from '../../source/text/han-script.js';

const library = {
	traditional: OpenCC.Converter({from: 'cn', to: 'tw'}),
	simplified: OpenCC.Converter({from: 'tw', to: 'cn'}),
};

describe('convertScript', () => {
	test.each([
		['头发发展，软件里的着急', 'traditional', '頭髮發展，軟件裡的著急'],
		['後來皇后說：「我們走吧。」', 'simplified', '后来皇后说：「我们走吧。」'],
		['關係 关係 关系', 'simplified', '关系 关系 关系'],
		['香港 2020 COVID-19', 'traditional', '香港 2020 COVID-19'],
		// A phrase that changes length in UTF-16 units (an astral character becomes a BMP one).
		['周𫖮说', 'traditional', '周顗說'],
		['', 'traditional', ''],
	] as const)('%s → %s: %s', (text, script, converted) => {
		expect(convertScript(text, script).text).toBe(converted);
	});

	test('text with nothing to convert has no spans', () => {
		expect(convertScript('plain ASCII, 123', 'traditional')).toEqual({text: 'plain ASCII, 123', spans: null});
		expect(convertScript('头发', 'simplified').spans).toBeNull();
	});

	test('the same text as opencc-js\'s own converters, on random Chinese', () => {
		const pieces = ['头发', '发展', '后来', '皇后', '软件', '里', '著', '着', '干', '乾', '乾隆', '台湾', '臺灣', '裡', '裏', '为', '為', '爲', '周𫖮', '⿰氵青', '，', '。', '“', '”', ' ', 'a', '1', '冲', '衝', '云', '雲', '说', '說', '兎'];
		fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 30}), fc.constantFrom('traditional' as const, 'simplified' as const), (parts, script) => {
			const text = parts.join('');
			expect(convertScript(text, script).text).toBe(library[script](text));
		}), {numRuns: 400});
	});
});

describe('convertedRange', () => {
	test.each([
		// 头发 → 頭髮: one to one, so each character maps to its own.
		['头发很长', 'traditional', [0, 2], '頭髮'],
		['头发很长', 'traditional', [1, 3], '髮很'],
		// 𫖮 is two units, 顗 one: the range shrinks with it, and what follows moves back by one.
		['周𫖮说头发', 'traditional', [1, 3], '顗'],
		['周𫖮说头发', 'traditional', [3, 6], '說頭髮'],
		['周𫖮说头发', 'traditional', [0, 1], '周'],
		// An empty range stays empty, at its place.
		['周𫖮说', 'traditional', [3, 3], ''],
	] as const)('%s in %s: [%j] shows %s', (text, script, [start, end], shown) => {
		const converted = convertScript(text, script);
		const [from, to] = convertedRange(converted, start, end);
		expect(converted.text.slice(from, to)).toBe(shown);
	});

	test('maps every range of the original onto a range of the converted text, in order, covering it all', () => {
		const pieces = ['头发', '周𫖮', '说', '关系', 'a', '，', '發展', '⿰氵青'];
		fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), {minLength: 1, maxLength: 20}), fc.constantFrom('traditional' as const, 'simplified' as const), (parts, script) => {
			const text = parts.join('');
			const converted = convertScript(text, script);
			expect(convertedRange(converted, 0, text.length)).toEqual([0, converted.text.length]);
			let previous = 0;
			for (let start = 0; start < text.length; start++) {
				const [from, to] = convertedRange(converted, start, start + 1);
				expect(from).toBeGreaterThanOrEqual(previous);
				expect(to).toBeGreaterThanOrEqual(from);
				expect(to).toBeLessThanOrEqual(converted.text.length);
				previous = from;
			}
		}), {numRuns: 200});
	});
});
