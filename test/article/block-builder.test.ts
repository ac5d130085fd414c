import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {blockText, runsText} from '../../source/article/article.js';
import {htmlToBlocks} from '../../source/article/html-blocks.js';
import {wrapText} from '../../source/text/wrap.js';

const texts = (html: string): string[] => htmlToBlocks(html, null).blocks.map(block => blockText(block) ?? '');

describe('block edges', () => {
	test.each([
		['NBSP after the last sentence is layout', '<p>文字。&nbsp;</p>', ['文字。']],
		['spaces and NBSP mixed', '<p>文字。 &nbsp;&nbsp; &nbsp;</p>', ['文字。']],
		['trailing spaces filling the last runs', '<p><b>粗体&nbsp;</b>&nbsp; <i>&nbsp;</i></p>', ['粗体']],
		['NBSP inside the text is content', '<p>a&nbsp;b</p>', ['a\u00A0b']],
		['NBSP and U+3000 at the start are an indent, kept', '<p>&nbsp;&nbsp;文字</p><p>\u3000\u3000文字</p>', ['\u00A0\u00A0文字', '\u3000\u3000文字']],
		['U+3000 at the end is the author\'s', '<p>文字\u3000</p>', ['文字\u3000']],
		['a block of only NBSP carries nothing', '<p>&nbsp;</p><p>文字</p>', ['文字']],
	])('%s', (_rule, html, expected) => {
		expect(texts(html)).toEqual(expected);
	});

	test('the lead loses its trailing NBSP too', () => {
		const {lead} = htmlToBlocks('<p><strong>这是一段足够长的导语，说明文章的主要内容。&nbsp;</strong>&nbsp;</p><p>正文</p>', null);
		expect(runsText(lead ?? [])).toBe('这是一段足够长的导语，说明文章的主要内容。');
	});
});

const piece = fc.constantFrom('中', '文', '。', 'ab', ' ', '&nbsp;', '<b>', '</b>', '\u3000');

test('no paragraph ends with a space or NBSP, so none wraps into a line of only spaces at its end', () => {
	fc.assert(fc.property(fc.array(fc.array(piece, {maxLength: 12}), {minLength: 1, maxLength: 4}), fc.integer({min: 1, max: 12}), (paragraphs, width) => {
		const html = paragraphs.map(parts => `<p>${parts.join('')}</p>`).join('');
		for (const text of texts(html)) {
			expect(text, JSON.stringify(text)).not.toMatch(/[ \u00A0]$/);
			const lines = wrapText(text, width);
			expect(lines.at(-1), JSON.stringify(lines)).not.toMatch(/^[ \u00A0]*$/);
		}
	}), {numRuns: 300});
});
