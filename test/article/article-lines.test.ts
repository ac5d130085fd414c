import {describe, expect, test} from 'vitest';
import {layoutArticle, layoutBudget} from '../../source/article/article-lines.js';
import type {Article} from '../../source/article/article.js';
import {displayWidth} from '../../source/text/display-width.js';

const article = (paragraphs: string[]): Article => ({
	path: '/a.md',
	date: Date.UTC(2020, 6, 20, 12),
	headline: '香港立法会选举：民主派面对《国安法》的考验',
	section: '要闻',
	source: 'BBC',
	url: 'https://example.com/a',
	lead: [{type: 'strong', text: '导语。'}],
	blocks: paragraphs.map(text => ({type: 'paragraph', runs: [{type: 'text', text}]})),
	warnings: [],
});

const text = (line: ReadonlyArray<{text: string}>): string => line.map(segment => segment.text).join('');

describe('layoutArticle', () => {
	test('headline, meta, lead and paragraphs with blank lines between, all within the width', () => {
		const layout = layoutArticle(article(['第一段，“引号”测试。', '第二段。']), 12);
		expect(layout.lines.map(line => text(line))).toEqual([
			'香港立法会选', '举：民主派面', '对《国安法》', '的考验',
			'2020-07-20', '12:00 ·', 'BBC · 要闻', 'https://exa…',
			'', '导语。', '', '第一段，“引', '号”测试。', '', '第二段。',
		]);
		for (const line of layout.lines) {
			expect(displayWidth(text(line))).toBeLessThanOrEqual(12);
		}
	});

	test('hits are marked by offset and their lines reported, without moving a break', () => {
		const plain = layoutArticle(article(['第一段，香港测试。香港。']), 12);
		const marked = layoutArticle(article(['第一段，香港测试。香港。']), 12, {hits: [{field: 'block', block: 0, start: 4, end: 6}, {field: 'block', block: 0, start: 9, end: 11}], currentHit: 1});
		expect(marked.lines.map(line => text(line))).toEqual(plain.lines.map(line => text(line)));
		expect(marked.lines.flat().filter(segment => segment.style.hit).map(segment => segment.text)).toEqual(['香港', '香港']);
		expect(marked.lines.flat().filter(segment => segment.style.current).map(segment => segment.text)).toEqual(['香港']);
		expect(marked.hitLines).toHaveLength(2);
		expect(text(marked.lines[marked.hitLines[1] ?? 0] ?? [])).toContain('香港');
	});

	test('a huge article is laid out only up to the budget, with a note', () => {
		const paragraph = '很长的段落。'.repeat(1000);
		const count = Math.ceil(layoutBudget / paragraph.length) + 10;
		const layout = layoutArticle(article(Array.from({length: count}, () => paragraph)), 80);
		expect(text(layout.lines.at(-1) ?? [])).toMatch(/more paragraphs not shown here: press p to print the whole article/);
	});
});

describe('emphasis and quotes: italic for Latin, never for Han', () => {
	const shown = (blocks: Article['blocks']) => layoutArticle({...article([]), lead: null, blocks}, 60).lines.slice(-1)[0] ?? [];
	const styles = (line: ReadonlyArray<{text: string; style: {italic?: boolean; accent?: boolean}}>) =>
		line.filter(segment => segment.text.trim() !== '').map(segment => [segment.text, segment.style.italic ? 'italic' : (segment.style.accent ? 'accent' : 'plain')]);

	test.each<[string, Article['blocks'], string[][]]>([
		['Han emphasis', [{type: 'paragraph', runs: [{type: 'text', text: '他说：'}, {type: 'emphasis', text: '这是强调'}, {type: 'text', text: '。'}]}],
			[['他说：', 'plain'], ['这是强调', 'accent'], ['。', 'plain']]],
		['Latin emphasis', [{type: 'paragraph', runs: [{type: 'text', text: '画作'}, {type: 'emphasis', text: 'American Gothic'}]}],
			[['画作', 'plain'], ['American Gothic', 'italic']]],
		['mixed emphasis, split by script', [{type: 'paragraph', runs: [{type: 'emphasis', text: '《mother》与《亲爱的》'}]}],
			[['《', 'accent'], ['mother', 'italic'], ['》与《亲爱的》', 'accent']]],
		['a quote', [{type: 'quote', runs: [{type: 'text', text: '引用的中文 with Latin words'}]}],
			[['│ ', 'plain'], ['引用的中文 ', 'accent'], ['with Latin words', 'italic']]],
	])('%s', (_case, blocks, expected) => {
		expect(styles(shown(blocks))).toEqual(expected);
	});

	test('hits on Han emphasis keep their place and the emphasis', () => {
		const layout = layoutArticle({...article([]), lead: null, blocks: [{type: 'paragraph', runs: [{type: 'emphasis', text: '香港的天气 in Hong Kong'}]}]}, 60, {hits: [{field: 'block', block: 0, start: 0, end: 2}]});
		const line = layout.lines.at(-1) ?? [];
		expect(line.filter(segment => segment.style.hit).map(segment => [segment.text, segment.style.accent])).toEqual([['香港', true]]);
		expect(line.find(segment => segment.text.includes('Hong'))?.style.italic).toBe(true);
	});
});
