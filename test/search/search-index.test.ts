import {expect, test} from 'vitest';
import {prepareSearch, prepareSearchInSlices} from '../../source/search/search-index.js';
import {makeArticle} from './make-article.js';

const articles = [
	makeArticle({headline: '香港 Hong', lead: '導語', body: ['段落一', {type: 'image', alt: '图', src: ''}, '段落二'], source: 'BBC', date: 5}),
	makeArticle({headline: '無導語', body: [], source: '法廣', date: null}),
];

test('one folded string per article: headline, lead and text blocks separated by NUL', () => {
	const index = prepareSearch(articles);
	expect(index.texts).toEqual(['香港 hong\0导语\0段落一\0段落二', '无导语\0']);
	expect([...index.upper[0]!]).toEqual([3]);
	expect([...index.headlineEnds]).toEqual([7, 3]);
	expect(index.sources).toEqual(['bbc', '法广']);
	expect([...index.dates]).toEqual([5, Number.NaN]);
});

test('building in slices gives the same index', async () => {
	const sliced = await prepareSearchInSlices([...articles, ...articles, ...articles], 2);
	const whole = prepareSearch([...articles, ...articles, ...articles]);
	expect({...sliced, cache: null}).toEqual({...whole, cache: null});
});
