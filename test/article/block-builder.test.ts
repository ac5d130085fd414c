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

describe('first-line indents are the source\'s layout, not text: stripped, whatever their kind', () => {
	test.each([
		['two ideographic spaces', '<p>\u3000\u3000文字</p>', ['文字']],
		['a run of NBSP', '<p>&nbsp;&nbsp;&nbsp;&nbsp;文字</p>', ['文字']],
		['spaces and NBSP', '<p> &nbsp; \u3000文字</p>', ['文字']],
		['an indent filling the first runs', '<p><b>\u3000\u3000</b>&nbsp;<i> </i>文字</p>', ['文字']],
		['inside the text they stay', '<p>\u3000\u3000文字\u3000文字&nbsp;&nbsp;文字</p>', ['文字\u3000文字\u00A0\u00A0文字']],
		['an indented heading, quote and list item', '<h2>\u3000小标题</h2><blockquote>&nbsp;&nbsp;引文</blockquote><ul><li>\u3000一</li></ul>', ['小标题', '引文', '一']],
		// 128 files of the archive mix the three within one article.
		['one article, every style', '<p>\u3000\u3000甲。</p><p>&nbsp;&nbsp;&nbsp;&nbsp;乙。</p><p>  丙。</p><p>丁。</p>', ['甲。', '乙。', '丙。', '丁。']],
	])('%s', (_rule, html, expected) => {
		expect(texts(html)).toEqual(expected);
	});

	test('the lead loses its indent too', () => {
		const {lead} = htmlToBlocks('<p><strong>\u3000\u3000这是一段足够长的导语，说明文章的主要内容。</strong></p><p>正文</p>', null);
		expect(runsText(lead ?? [])).toBe('这是一段足够长的导语，说明文章的主要内容。');
	});

	test('no text block starts with a space, NBSP or U+3000', () => {
		const start = fc.constantFrom('\u3000', '&nbsp;', ' ', '<b>', '</b>', '<i>\u3000</i>');
		fc.assert(fc.property(fc.array(fc.tuple(fc.array(start, {maxLength: 6}), fc.array(piece, {maxLength: 8})), {minLength: 1, maxLength: 4}), paragraphs => {
			const html = paragraphs.map(([indent, parts]) => `<p>${indent.join('')}${parts.join('')}</p>`).join('');
			for (const text of texts(html)) {
				expect(text, JSON.stringify(text)).not.toMatch(/^[ \u00A0\u3000]/);
			}
		}), {numRuns: 300});
	});
});

describe('inline emoji images', () => {
	const blocks = (html: string) => htmlToBlocks(html, 'https://example.com/a').blocks;
	const smiley = (alt: string, className = 'wp-smiley'): string =>
		`<img src="https://s.w.org/images/core/emoji/13.0.0/72x72/1f64f.png" alt="${alt}" class="${className}" style="height: 1em; max-height: 1em;" />`;

	test.each([
		['WordPress, at the end of a sentence', `<p>希望你在那边一切都好${smiley('🙏')} 祝福你的妻儿</p>`, ['希望你在那边一切都好🙏 祝福你的妻儿']],
		['a skin tone', `<p>加油${smiley('💪🏻')}！</p>`, ['加油💪🏻！']],
		['a ZWJ sequence', `<p>李文亮医生${smiley('👨‍⚕️')}疫情后</p>`, ['李文亮医生👨‍⚕️疫情后']],
		['two in a row', `<p>感恩${smiley('🙏')}${smiley('🙏')}</p>`, ['感恩🙏🙏']],
		['Twemoji\'s class', `<p>好${smiley('😀', 'emoji')}的</p>`, ['好😀的']],
		['alone in its paragraph', `<p>证据如下 ${smiley('⬇')}</p><p>1</p>`, ['证据如下 ⬇', '1']],
	])('%s', (_case, html, expected) => {
		expect(blocks(html).map(block => blockText(block))).toEqual(expected);
	});

	test('an emoji takes the style of where it stands: bold, emphasis, a link', () => {
		expect(blocks(`<p><strong>彩蛋${smiley('🎁')}</strong><a href="/x">链接${smiley('❤')}</a></p>`)).toEqual([{type: 'paragraph', runs: [
			{type: 'strong', text: '彩蛋🎁'},
			{type: 'link', text: '链接❤', href: 'https://example.com/x'},
		]}]);
	});

	test('other images stay pictures of their own, and so does an emoji image without an alt to show', () => {
		expect(blocks(`<p>文字<img src="/a.jpg" alt="图说">文字${smiley('')}</p>`)).toEqual([
			{type: 'paragraph', runs: [{type: 'text', text: '文字'}]},
			{type: 'image', alt: '图说', src: 'https://example.com/a.jpg'},
			{type: 'paragraph', runs: [{type: 'text', text: '文字'}]},
			{type: 'image', alt: '', src: 'https://s.w.org/images/core/emoji/13.0.0/72x72/1f64f.png'},
		]);
	});
});
