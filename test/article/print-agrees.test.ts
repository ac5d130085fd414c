/**
`print --width N` and the reader at a text width of N show the same lines: the same breaks, the same
blank lines, the same prefixes (the reader draws a quote's `>` as a bar). Checked on a made-up article
of every block kind and, when the shared corpus is there, on every file of it at a random width.
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

const sample: Article = {
	path: '/a.md',
	date: Date.UTC(2020, 6, 20, 12),
	headline: '香港立法会选举：民主派面对《国安法》与“不割席”的考验',
	section: '要闻',
	source: 'BBC',
	url: 'https://example.com/a/香港',
	lead: [{type: 'strong', text: '导语：北京在 "主权 "和 "安全 "问题上寸步不让。'}],
	blocks: [
		{type: 'paragraph', runs: [{type: 'text', text: '近来，随着北京强行推出香港《国安法》，'}, {type: 'emphasis', text: '中美全面对抗'}, {type: 'text', text: '局势进一步升级（COVID-19 与 @nytchinese）。'}]},
		{type: 'quote', runs: [{type: 'text', text: '“我们不会退让。”他说，这是一句很长的引语，要折成好几行才能放得下。'}]},
		{type: 'listItem', runs: [{type: 'text', text: '第一条：清单里的一项，也足够长，会折行，续行挂在文字下面。'}]},
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
		expect(readerLines(sample, width, measure)).toEqual(lines);
		for (const line of lines) {
			expect(measure.width(line)).toBeLessThanOrEqual(width);
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
		expect(readerLines(article, width, measure), `${path.relative(corpus, file)} at ${width}`).toEqual(printLines(article, width, measure));
	}
}, 120_000);
