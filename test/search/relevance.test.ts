import {expect, test} from 'vitest';
import {parseQuery} from '../../source/search/query.js';
import {sortByRelevance} from '../../source/search/relevance.js';
import {prepareSearch} from '../../source/search/search-index.js';
import {makeArticle} from './make-article.js';

const articles = [
	makeArticle({headline: 'a', body: ['香港 香港']}),
	makeArticle({headline: '香港', body: ['x']}),
	makeArticle({headline: 'b', body: ['香港 香港 香港']}),
	makeArticle({headline: 'c', body: ['香港']}),
	makeArticle({headline: 'd', body: ['香港 香港']}),
];
const index = prepareSearch(articles);

test('headline matches first, then more matches, then input order', () => {
	expect(sortByRelevance(index, [0, 1, 2, 3, 4], parseQuery('香港').query)).toEqual([1, 2, 0, 4, 3]);
});

test('only the given matches are ordered, and exclusions do not count', () => {
	expect(sortByRelevance(index, [3, 0], parseQuery('香港 -x').query)).toEqual([0, 3]);
});
