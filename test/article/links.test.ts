import {describe, expect, test} from 'vitest';
import type {Article, Inline} from '../../source/article/article.js';
import {layoutArticle} from '../../source/article/article-lines.js';
import {articleLinks} from '../../source/article/links.js';
import {renderJson} from '../../source/article/render-json.js';
import {renderMarkdown} from '../../source/article/render-markdown.js';
import {renderText} from '../../source/article/render-text.js';
import {narrowMeasure} from '../../source/text/measure.js';

const link = (text: string, href: string): Inline => ({type: 'link', text, href});
const plain = (text: string): Inline => ({type: 'text', text});

const article = (runs: Inline[][], url: string | null = 'https://example.com/a'): Article => ({
	path: '/a.md',
	date: Date.UTC(2020, 6, 20, 12),
	headline: '标题',
	section: null,
	source: 'BBC',
	url,
	lead: null,
	blocks: runs.map(paragraph => ({type: 'paragraph', runs: paragraph})),
	warnings: [],
});

const seen = article([
	[plain('据'), link('路透社', 'https://reuters.com/x'), plain('报道，'), link('原文', 'https://example.com/a'), plain('。')],
	[link('路透社', 'https://reuters.com/x'), plain('和'), link('邮件', 'mailto:a@b.c'), plain('和'), link('美联社', 'http://apnews.com/y')],
]);

const text = (line: ReadonlyArray<{text: string}>): string => line.map(segment => segment.text).join('');

describe('articleLinks', () => {
	test.each([
		['the URL is 1, then each new http(s) target in reading order; repeats keep their number', seen, ['https://example.com/a', 'https://reuters.com/x', 'http://apnews.com/y'], true],
		['no URL: the text\'s links from 1', article([[link('甲', 'https://a.com/')]], null), ['https://a.com/'], true],
		['a text that links nowhere shows no numbers (its URL is still link 1 for 1o)', article([[plain('没有链接。')]]), ['https://example.com/a'], false],
		['links that a browser does not open are not numbered', article([[link('邮件', 'mailto:a@b.c'), link('文件', 'ftp://x/y')]]), ['https://example.com/a'], false],
	])('%s', (_name, value, urls, shown) => {
		const links = articleLinks(value);
		expect(links.urls).toEqual(urls);
		expect(links.shown).toBe(shown);
		expect(urls.map(url => links.numberOf(url))).toEqual(shown ? urls.map((_url, index) => index + 1) : urls.map(() => undefined));
	});
});

describe('print: links as numbered footnotes', () => {
	test('text: marks after the links, the URL line marked [1], and the list at the end', () => {
		expect(renderText(seen)).toBe([
			'标题',
			'2020-07-20 12:00 · BBC · https://example.com/a [1]',
			'',
			'据路透社[2]报道，原文[1]。',
			'',
			'路透社[2]和邮件和美联社[3]',
			'',
			'链接',
			'[1] https://example.com/a',
			'[2] https://reuters.com/x',
			'[3] http://apnews.com/y',
			'',
		].join('\n'));
	});

	test('an article that links nowhere prints as before: no marks, no list', () => {
		expect(renderText(article([[plain('没有链接。')]]))).toBe('标题\n2020-07-20 12:00 · BBC · https://example.com/a\n\n没有链接。\n');
	});

	// From 7 columns every mark and the character it is joined to (`文[1]。`) fit on a line.
	test.each([7, 8, 9, 10, 12, 20])('at width %i a mark stays with the text before it, and no joiner is left in the output', width => {
		const output = renderText(seen, {wrap: {width, measure: narrowMeasure}});
		expect(output).not.toContain('\u2060');
		// The paragraphs: after the meta line, before the list (where each line starts with its mark).
		const body = output.slice(output.indexOf('\n\n'), output.indexOf('链接'));
		expect(body.split('\n').filter(line => /^\[\d\]/.test(line))).toEqual([]);
		expect(body).toContain(width >= 10 ? '路透社[2]' : '社[2]');
	});

	test('Markdown keeps links as links, with no footnotes', () => {
		const markdown = renderMarkdown(seen);
		expect(markdown).toContain('据[路透社](<https://reuters.com/x>)报道，[原文](<https://example.com/a>)。');
		expect(markdown).not.toContain('[2]');
		expect(markdown).not.toContain('链接');
	});

	test('JSON carries the numbered links, link N at index N - 1', () => {
		expect(JSON.parse(renderJson(seen)).links).toEqual(['https://example.com/a', 'https://reuters.com/x', 'http://apnews.com/y']);
	});
});

describe('the reader: [N] marks and the list at the end', () => {
	test('marks are dim hyperlinks after the link text, the list ends the article', () => {
		const layout = layoutArticle(seen, 40);
		const lines = layout.lines.map(line => text(line));
		expect(lines).toContain('据路透社[2]报道，原文[1]。');
		expect(lines.slice(-4)).toEqual(['链接', '[1] https://example.com/a', '[2] https://reuters.com/x', '[3] http://apnews.com/y']);
		const marks = layout.lines.flat().filter(segment => /^\[\d\]$/.test(segment.text));
		expect(marks.map(segment => [segment.text, segment.style.dim, segment.style.hyperlink?.id])).toEqual([
			['[2]', true, 2], ['[1]', true, 1], ['[2]', true, 2], ['[3]', true, 3],
		]);
		const reuters = layout.lines.flat().filter(segment => segment.text === '路透社');
		expect(reuters.map(segment => segment.style.hyperlink)).toEqual([{url: 'https://reuters.com/x', id: 2}, {url: 'https://reuters.com/x', id: 2}]);
		expect(layout.lines.flat().some(segment => segment.text.includes('\u2060'))).toBe(false);
	});

	test('the reader\'s lines are print --width\'s lines', () => {
		for (const width of [8, 12, 20, 30]) {
			const reader = layoutArticle(seen, width).lines.map(line => text(line));
			const printed = renderText(seen, {wrap: {width, measure: narrowMeasure}}).split('\n');
			// The body: from the first paragraph to the link list (the meta line is cut in the reader, wrapped in print).
			const body = (lines: string[]): string[] => lines.slice(lines.indexOf('') + 1, lines.indexOf('链接'));
			expect(body(reader)).toEqual(body(printed));
		}
	});

	test('hits keep their place and line when marks come before them', () => {
		// 报道 is at offsets 4-6 of the first paragraph's text (据路透社报道), after the mark of 路透社.
		const layout = layoutArticle(seen, 8, {hits: [{field: 'block', block: 0, start: 4, end: 6}]});
		const hit = layout.lines.flat().filter(segment => segment.style.hit);
		expect(hit.map(segment => segment.text).join('')).toBe('报道');
		expect(text(layout.lines[layout.hitLines[0] ?? -1] ?? [])).toContain('报');
	});
});
