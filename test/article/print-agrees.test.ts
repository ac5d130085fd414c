/**
`print --width N` and the reader at a text width of N show the same lines: the same breaks, the same
blank lines, the same prefixes (the reader draws a quote's `>` as a bar), the same link marks and link
list. The one exception is the meta line's URL, which the reader never wraps but cuts with `…`
(meta-lines.ts) and print wraps whole: the meta lines are left out of the comparison. Checked on a
made-up article of every block kind and, when the shared corpus is there, on every file of it at a
random width.
*/
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {layoutArticle} from '../../source/article/article-lines.js';
import type {Article} from '../../source/article/article.js';
import {parseArticle} from '../../source/article/parse-article.js';
import {renderText} from '../../source/article/render-text.js';
import {createMeasure, type Measure} from '../../source/text/measure.js';
import {repoRoot} from '../helpers/repo-paths.js';
import {corpusFiles, seededRandom} from '../text/corpus-paragraphs.js';

/** The reader's lines as text, the quote bar (a dim first segment) read as print's `> `. */
const readerLines = (article: Article, width: number, measure: Measure): string[] =>
	layoutArticle(article, width, {measure}).lines.map(line => line
		.map((segment, index) => (index === 0 && segment.style.dim && /^[│|] $/.test(segment.text) ? '> ' : segment.text))
		.join(''));

const printLines = (article: Article, width: number, measure: Measure): string[] =>
	renderText(article, {wrap: {width, measure}}).replace(/\n$/, '').split('\n');

/** The lines without the meta lines: those after the headline's, up to the first blank line (or the end, for an article with no text). */
const withoutMeta = (lines: readonly string[], article: Article, width: number, measure: Measure): string[] => {
	const blank = lines.indexOf('');
	return [...lines.slice(0, measure.wrap(article.headline, width).length), ...(blank === -1 ? [] : lines.slice(blank))];
};

const sample: Article = {
	path: '/a.md',
	date: Date.UTC(2020, 6, 20, 12),
	headline: '香港立法会选举：民主派面对《国安法》与“不割席”的考验',
	section: '要闻',
	source: 'BBC',
	url: 'https://example.com/a/香港',
	lead: [{type: 'strong', text: '导语：北京在 "主权 "和 "安全 "问题上寸步不让。'}],
	blocks: [
		{type: 'paragraph', runs: [{type: 'text', text: '近来，随着北京强行推出香港《国安法》，'}, {type: 'emphasis', text: '中美全面对抗'}, {type: 'text', text: '局势进一步升级（COVID-19 与 @nytchinese）。据'}, {type: 'link', text: '路透社', href: 'https://www.reuters.com/article/us-hongkong-security-idUSKBN24L0A1'}, {type: 'text', text: '报道。'}]},
		{type: 'quote', runs: [{type: 'text', text: '“我们不会退让。”他说，这是一句很长的'}, {type: 'link', text: '引语', href: 'https://example.com/quote'}, {type: 'text', text: '，要折成好几行才能放得下。'}]},
		{type: 'listItem', runs: [{type: 'text', text: '第一条：清单里的一项，也足够长，会折行，续行挂在'}, {type: 'link', text: '文字', href: 'https://example.com/a/香港'}, {type: 'text', text: '下面。'}]},
		{type: 'heading', runs: [{type: 'text', text: '小标题'}]},
		{type: 'image', alt: '图说：一张照片的说明文字', src: 'https://example.com/a.jpg'},
		{type: 'media', kind: 'video', url: 'https://example.com/v.mp4'},
		{type: 'caption', runs: [{type: 'text', text: '图片来源：路透社'}]},
	],
	warnings: [],
};

describe.each([false, true])('ambiguous wide: %s', ambiguousWide => {
	const measure = createMeasure({ambiguousWide});
	test.each([8, 12, 20, 31, 56, 68, 80])('every block kind at %i columns', width => {
		const lines = printLines(sample, width, measure);
		const reader = readerLines(sample, width, measure);
		expect(withoutMeta(reader, sample, width, measure)).toEqual(withoutMeta(lines, sample, width, measure));
		expect(lines).toContain('链接');
		for (const line of [...lines, ...reader]) {
			expect(measure.width(line)).toBeLessThanOrEqual(width);
			expect(line).not.toContain('\u2060');
		}
	});
});

const corpus = path.resolve(repoRoot, '../shared/corpus');

test.skipIf(!fs.existsSync(corpus))('every article of the shared corpus, at a random width each', () => {
	const random = seededRandom(20_261_202);
	const measure = createMeasure({ambiguousWide: false});
	for (const file of corpusFiles(corpus)) {
		const article = parseArticle(fs.readFileSync(file, 'utf8'), file);
		if (article.warnings.length > 0) {
			// The reader says what went wrong reading the file under the meta line; print does not.
			continue;
		}

		const width = 20 + (2 * Math.floor(random() * 40));
		expect(withoutMeta(readerLines(article, width, measure), article, width, measure), `${path.relative(corpus, file)} at ${width}`).toEqual(withoutMeta(printLines(article, width, measure), article, width, measure));
	}
}, 120_000);
