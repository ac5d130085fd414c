import {expect, test} from 'vitest';
import type {CorpusArticle} from '../../source/corpus/corpus.js';
import {effectUrl} from '../../source/ui/use-effects.js';

const article = (url: string | null, hrefs: string[]): CorpusArticle => ({
	id: 'a.md', path: '/a.md', date: null, headline: '标题', section: null, source: 'x', url, lead: null, warnings: [], duplicateOf: null,
	blocks: [{type: 'paragraph', runs: hrefs.map(href => ({type: 'link', text: '链接', href}))}],
});

test.each([
	['o: the article\'s URL', article('https://a.cn/', ['https://b.cn/']), null, {url: 'https://a.cn/', name: 'URL'}],
	['3o: link 3', article('https://a.cn/', ['https://b.cn/', 'https://c.cn/']), 3, {url: 'https://c.cn/', name: 'link 3'}],
	['1o: the article\'s URL, also when the text links nowhere', article('https://a.cn/', []), 1, {url: 'https://a.cn/', name: 'link 1'}],
	['o without a URL', article(null, ['https://b.cn/']), null, {problem: 'this article has no URL'}],
	['a number past the last', article('https://a.cn/', ['https://b.cn/']), 7, {problem: 'no link 7: this article has links 1-2'}],
	['a number past the only one', article('https://a.cn/', []), 2, {problem: 'no link 2: this article has one link'}],
	['no links at all', article(null, ['mailto:x@y.cn']), 1, {problem: 'this article has no links'}],
])('%s', (_name, value, link, target) => {
	expect(effectUrl(value, link)).toEqual(target);
});
