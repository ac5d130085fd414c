import {describe, expect, test} from 'vitest';
import type {Article} from '../../source/article/article.js';
import {articleLinks} from '../../source/article/links.js';
import {metaLines} from '../../source/article/meta-lines.js';
import {displayWidth} from '../../source/text/display-width.js';
import {narrowMeasure} from '../../source/text/measure.js';

const long = 'https://example.com/news/2020/07/20/a-long-slug-for-the-article';
const article = (url: string | null, linked: boolean): Article => ({
	path: '/a.md', date: Date.UTC(2020, 6, 20, 12), headline: '标题', section: '要闻', source: 'BBC', url, lead: null,
	blocks: [{type: 'paragraph', runs: linked ? [{type: 'link', text: '报道', href: 'https://b.com/'}] : [{type: 'text', text: '文字'}]}], warnings: [],
});

const lines = (value: Article, width: number): string[] => metaLines(value, articleLinks(value), width, narrowMeasure).map(line => line.map(segment => segment.text).join(''));

describe('metaLines: the URL never wraps', () => {
	test.each([
		['it fits: one line', article('https://e.com/a', false), 60, ['2020-07-20 12:00 · BBC · 要闻 · https://e.com/a']],
		['with its mark when the text has links', article('https://e.com/a', true), 60, ['2020-07-20 12:00 · BBC · 要闻 · https://e.com/a [1]']],
		['too long: cut with … after the fields', article(long, true), 60, ['2020-07-20 12:00 · BBC · 要闻 · https://example.com/new… [1]']],
		['too little room after the fields: a line of its own, cut', article(long, false), 40, ['2020-07-20 12:00 · BBC · 要闻', 'https://example.com/news/2020/07/20/a-l…']],
		['the fields wrap, the URL still does not', article(long, true), 16, ['2020-07-20', '12:00 · BBC · 要', '闻', 'https://exa… [1]']],
		['no URL: the fields alone', article(null, false), 60, ['2020-07-20 12:00 · BBC · 要闻']],
	])('%s', (_name, value, width, expected) => {
		const shown = lines(value, width);
		expect(shown).toEqual(expected);
		for (const line of shown) {
			expect(displayWidth(line)).toBeLessThanOrEqual(width);
		}
	});

	test('the cut URL links to the whole URL', () => {
		const value = article(long, true);
		const segments = metaLines(value, articleLinks(value), 40, narrowMeasure).flat();
		expect(segments.filter(segment => segment.style.hyperlink).map(segment => segment.style.hyperlink)).toEqual([{url: long, id: 1}, {url: long, id: 1}]);
	});
});
