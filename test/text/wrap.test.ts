import {describe, expect, test} from 'vitest';
import {wrapRanges, wrapText} from '../../source/text/wrap.js';

type Row = [rule: string, text: string, width: number, expected: string[], ambiguousWide?: boolean];

const rows: Row[] = [
	['a line-start mark pushes the character before it down', '一二三四，五六', 8, ['一二三', '四，五六']],
	['an opening bracket never ends a line', '一二三《书名》', 8, ['一二三', '《书名》']],
	['—— is never split and never starts a line', '一二三——四', 6, ['一二', '三——四']],
	['…… is never split and never starts a line', '一二三……', 7, ['一二', '三……']],
	['closing quote and full stop stay with the last character', '他说：“走吧。”好', 10, ['他说：“走', '吧。”好']],
	['Latin words break at spaces', 'hello world', 8, ['hello', 'world']],
	['a word wider than the pane is cut and fills each line', 'abcdefghij', 4, ['abcd', 'efgh', 'ij']],
	['a number stays whole; number|Han unit may break', '价格为1,000元', 8, ['价格为', '1,000元']],
	['a date and a time stay whole', '于15/06/2022 21:48发布', 12, ['于15/06/2022', '21:48发布']],
	['a sign stays with its digit, a postfix unit with its number', '温度-5℃左右', 6, ['温度', '-5℃左', '右']],
	['a currency sign stays with its amount', '售价$100美元', 6, ['售价', '$100美', '元']],
	['a URL that fits is kept whole', '见https://example.com/a/b页面', 24, ['见', 'https://example.com/a/b', '页面']],
	['lines are full: nothing that fits is left for the next line', '一二三四五六七八九十', 7, ['一二三', '四五六', '七八九', '十']],
	['hard breaks and blank paragraphs are kept', 'a\n\nb\r\nc\rd', 5, ['a', '', 'b', 'c', 'd']],
	['a final newline gives a final empty line', 'a\n', 5, ['a', '']],
	['spaces at a soft break are dropped', 'ab   cd', 3, ['ab', 'cd']],
	['a paragraph indent of spaces is kept', '  ab', 10, ['  ab']],
	['NBSP glues its neighbours and is kept', 'a\u00A0b c', 3, ['a\u00A0b', 'c']],
	['an ideographic-space indent is content and never starts a wrapped line alone', '\u3000\u3000一二三', 6, ['\u3000\u3000一', '二三']],
	['a tab counts to the next 8-column stop', 'abcdefg\tx', 8, ['abcdefg', 'x']],
	['a tab that fits stays', 'a\tb', 20, ['a\tb']],
	['an odd number of ASCII quotes: no break beside one', '一二"三四', 5, ['一', '二"三', '四']],
	['paired ASCII quotes: a break before an opening one is fine', '一二"三四"', 5, ['一二', '"三', '四"']],
	['a closing ASCII quote never starts a line, even after a space', '北京在 "主权 "和', 12, ['北京在 "主', '权 "和']],
	['an opening ASCII quote never ends a line, even before a space', '一二三 " 主权"', 8, ['一二三', '" 主权"']],
	['quotes pair within a paragraph: a hard break starts the count again', '甲"乙\n丙"丁"戊', 4, ['甲"', '乙', '丙', '"丁"', '戊']],
	['\' is never classed: held to its neighbours, free at a space', '一二三 \'主权 \'和', 12, ['一二三 \'主权', '\'和']],
	['an apostrophe is part of its word: don\'t and 80\'s', 'I don\'t like 80\'s', 8, ['I don\'t', 'like', '80\'s']],
	['a @handle keeps its sigil', '推特@nytchinese获取', 12, ['推特', '@nytchinese', '获取']],
	['a #tag keeps its sigil', '话题#MeToo运动', 8, ['话题', '#MeToo运', '动']],
	['C++ and C# are words', '语言C++和C#都', 5, ['语言', 'C++和', 'C#都']],
	['a dash typed as -- is never split', '他停了一下-- 然后', 11, ['他停了一下', '-- 然后']],
	['a dash typed as ── is never split', '一二三四──五六', 9, ['一二三四', '──五六']],
	['ZWSP is a break opportunity and is dropped there', 'abc\u200Bdef', 4, ['abc', 'def']],
	['an emoji ZWJ family is one cluster', '👨‍👩‍👧‍👦👨‍👩‍👧‍👦', 3, ['👨‍👩‍👧‍👦', '👨‍👩‍👧‍👦']],
	['combining marks stay on their base, no normalisation', 'e\u0301e\u0301e\u0301', 2, ['e\u0301e\u0301', 'e\u0301']],
	['a wide character wider than the pane stands alone', '中文', 1, ['中', '文']],
	['empty text is one empty line', '', 10, ['']],
	['ambiguous quotes narrow: the line fits', '他说：“好”', 10, ['他说：“好”']],
	['ambiguous quotes wide: two columns each', '他说：“好”', 10, ['他说：', '“好”'], true],
];

describe('wrapText', () => {
	test.each(rows)('%s', (_rule, text, width, expected, ambiguousWide = false) => {
		expect(wrapText(text, width, {ambiguousWide})).toEqual(expected);
	});

	test('a run of opening brackets wider than the pane breaks between them, losing nothing', () => {
		const lines = wrapText('「「「「「字', 4);
		expect(lines.join('')).toBe('「「「「「字');
		expect(lines.length).toBeGreaterThan(1);
	});

	test('a width below one is treated as one', () => {
		expect(wrapText('ab', 0)).toEqual(['a', 'b']);
	});
});

describe('wrapRanges', () => {
	test('gives the offsets of each line in the original text, spaces at breaks excluded', () => {
		expect(wrapRanges('ab cd\nef', 3)).toEqual([{start: 0, end: 2}, {start: 3, end: 5}, {start: 6, end: 8}]);
	});
});
