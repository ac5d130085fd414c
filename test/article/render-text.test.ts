import {describe, expect, test} from 'vitest';
import {layoutArticle} from '../../source/article/article-lines.js';
import {parseArticle} from '../../source/article/parse-article.js';
import {renderText} from '../../source/article/render-text.js';
import {narrowMeasure} from '../../source/text/measure.js';

const file = (body: string): string => `<!--1590000000000-->\n[标题](https://example.com/a)\n------\n\n${body}\n`;
const smiley = (alt: string): string => `<img src="https://s.w.org/images/core/emoji/13.0.0/72x72/1f64f.png" alt="${alt}" class="wp-smiley" style="height: 1em; max-height: 1em;" />`;
/** The paragraphs after the headline and meta line. */
const paragraphs = (text: string): string[] => text.trimEnd().split('\n\n').slice(1);

describe('first-line indents: one rule, whatever the source did', () => {
	// The kinds of indent the archive mixes, one article holding them all.
	const mixed = parseArticle(file([
		'<p><strong>\u3000\u3000导语：全角空格缩进。</strong></p>',
		'<p>\u3000\u3000甲：全角空格。</p>',
		'<p>&nbsp;&nbsp;&nbsp;&nbsp;乙：不换行空格。</p>',
		'<p> &nbsp;\u3000丙：混在一起。</p>',
		'<p>丁：没有缩进。</p>',
		'<blockquote>\u3000\u3000引文。</blockquote>',
	].join('')), '/a.md');

	test.each([
		['plain', {}, ['导语：全角空格缩进。', '甲：全角空格。', '乙：不换行空格。', '丙：混在一起。', '丁：没有缩进。', '> 引文。']],
		['--indent', {indent: true}, ['\u3000\u3000导语：全角空格缩进。', '\u3000\u3000甲：全角空格。', '\u3000\u3000乙：不换行空格。', '\u3000\u3000丙：混在一起。', '\u3000\u3000丁：没有缩进。', '> 引文。']],
		['--indent --width 12', {indent: true, wrap: {width: 12, measure: narrowMeasure}}, ['\u3000\u3000导语：全\n角空格缩进。', '\u3000\u3000甲：全角\n空格。', '\u3000\u3000乙：不换\n行空格。', '\u3000\u3000丙：混在\n一起。', '\u3000\u3000丁：没有\n缩进。', '> 引文。']],
	])('print %s', (_name, options, expected) => {
		expect(paragraphs(renderText(mixed, options))).toEqual(expected);
	});

	test('the reader starts every paragraph flush', () => {
		const lines = layoutArticle(mixed, 40).lines.map(line => line.map(segment => segment.text).join(''));
		expect(lines.slice(lines.indexOf('') + 1).filter(line => line !== '')).toEqual(['导语：全角空格缩进。', '甲：全角空格。', '乙：不换行空格。', '丙：混在一起。', '丁：没有缩进。', '│ 引文。']);
	});
});

describe('inline emoji images', () => {
	const article = parseArticle(file(`<p>希望你在那边一切都好${smiley('🙏')} 祝福你的妻儿</p><p>证据如下 ${smiley('⬇')}</p><p>李文亮医生${smiley('👨‍⚕️')}疫情后</p>`), '/a.md');

	test('print shows them in their sentence, not as pictures', () => {
		expect(paragraphs(renderText(article))).toEqual(['希望你在那边一切都好🙏 祝福你的妻儿', '证据如下 ⬇', '李文亮医生👨‍⚕️疫情后']);
	});

	test('so does the reader', () => {
		const lines = layoutArticle(article, 40).lines.map(line => line.map(segment => segment.text).join(''));
		expect(lines).toContain('希望你在那边一切都好🙏 祝福你的妻儿');
		expect(lines.join('\n')).not.toContain('[图片');
	});
});
