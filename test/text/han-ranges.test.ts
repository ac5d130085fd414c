import fc from 'fast-check';
import {expect, test} from 'vitest';
import {hanRanges} from '../../source/text/han-ranges.js';

const pieces = (text: string): string[] => hanRanges(text).map(range => text.slice(range.start, range.end));

test.each([
	['all Han', '这是强调的中文', ['这是强调的中文']],
	['all Latin', 'English emphasis', []],
	['mixed, spaces going with the letter before', '他说 hello 世界', ['他说 ', '世界']],
	['curly quotes and punctuation around Han', '“引号”，《书名》。', ['“引号”，《书名》。']],
	['a Latin word in Han brackets', '《mother》', ['《', '》']],
	['digits follow the text they are in', '2020年7月', ['2020年7月']],
	['digits after Latin', 'COVID-19 疫情', ['疫情']],
	['quotes opening a Latin phrase', 'said “你好”', ['你好”']],
	['neutral only', '2020 — 100%', []],
	['kana and hangul are East Asian too', 'ひらがな한국어', ['ひらがな한국어']],
	['full-width forms', 'ＡＢＣ１２３', ['ＡＢＣ１２３']],
	['Greek and Cyrillic are not', 'αβγ Кириллица', []],
	['a combining mark stays with its letter', 'café 咖啡', ['咖啡']],
	['emoji go with their neighbour', '好🙏 thanks', ['好🙏 ']],
	['astral Han (UTF-16 pairs)', 'a𠀀b', ['𠀀']],
	['empty', '', []],
])('%s', (_case, text, expected) => {
	expect(pieces(text)).toEqual(expected);
});

test('ranges are in order, apart, and every Han character is in one, no Latin letter', () => {
	const piece = fc.constantFrom('中', '文', 'a', 'Z', ' ', '1', '“', '”', '，', '.', '🙏', '𠀀', 'é');
	fc.assert(fc.property(fc.array(piece, {maxLength: 30}), parts => {
		const text = parts.join('');
		const ranges = hanRanges(text);
		let end = -1;
		const inside = new Set<number>();
		for (const range of ranges) {
			expect(range.start).toBeGreaterThan(end);
			expect(range.end).toBeGreaterThan(range.start);
			end = range.end;
			for (let index = range.start; index < range.end; index++) {
				inside.add(index);
			}
		}

		let offset = 0;
		for (const character of text) {
			if (/\p{sc=Han}/u.test(character)) {
				expect(inside.has(offset), `${character} at ${offset} of ${JSON.stringify(text)}`).toBe(true);
			}

			if (/[a-zA-Zé]/.test(character)) {
				expect(inside.has(offset), `${character} at ${offset} of ${JSON.stringify(text)}`).toBe(false);
			}

			offset += character.length;
		}
	}), {numRuns: 500});
});
