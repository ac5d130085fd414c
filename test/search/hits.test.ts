import fc from 'fast-check';
import {expect, test} from 'vitest';
import {blockText, runsText} from '../../source/article/article.js';
import {findHits, mergeRanges, type Hit} from '../../source/search/hits.js';
import {articleMatches} from '../../source/search/match.js';
import {parseQuery} from '../../source/search/query.js';
import {prepareSearch} from '../../source/search/search-index.js';
import {makeArticle} from './make-article.js';

const article = makeArticle({
	headline: '香港國安法：５Ｇ與關係',
	lead: '導語 香港',
	body: [
		'第一段沒有',
		{type: 'image', alt: '香港', src: ''},
		{type: 'paragraph', runs: [{type: 'text', text: '😀香'}, {type: 'strong', text: '港'}, {type: 'link', text: ' 关係', href: 'https://x'}]},
		'Straße  und\n strasse',
	],
});

/** The original characters each hit covers. */
function shown(hits: readonly Hit[]): string[] {
	return hits.map(hit => {
		const block = hit.block === undefined ? undefined : article.blocks[hit.block];
		const text = hit.field === 'headline' ? article.headline : hit.field === 'lead' ? runsText(article.lead ?? []) : (block ? blockText(block) ?? '' : '');
		return text.slice(hit.start, hit.end);
	});
}

test('hits in reading order with offsets into the original field text', () => {
	const hits = findHits(article, parseQuery('香港 关系').query);
	expect(hits).toEqual([
		{field: 'headline', start: 0, end: 2},
		{field: 'headline', start: 9, end: 11},
		{field: 'lead', start: 3, end: 5},
		{field: 'block', block: 2, start: 2, end: 4},
		{field: 'block', block: 2, start: 5, end: 7},
	]);
	expect(shown(hits)).toEqual(['香港', '關係', '香港', '香港', '关係']);
});

test('image alt text is not searched', () => {
	expect(findHits(article, parseQuery('第一').query).map(hit => hit.block)).toEqual([0]);
	expect(findHits(article, parseQuery('香港').query).some(hit => hit.block === 1)).toBe(false);
});

test('width folding and case folding map back to what the reader shows', () => {
	expect(shown(findHits(article, parseQuery('5g').query))).toEqual(['５Ｇ']);
	expect(shown(findHits(article, parseQuery('strasse').query))).toEqual(['Straße', 'strasse']);
	expect(shown(findHits(article, parseQuery('Strasse').query))).toEqual(['Straße']);
	expect(shown(findHits(article, parseQuery('"straße und strasse"').query))).toEqual(['Straße  und\n strasse']);
});

test('title: terms only hit the headline; exclusions never hit', () => {
	expect(findHits(article, parseQuery('title:香港 -关系').query)).toEqual([{field: 'headline', start: 0, end: 2}]);
});

test('overlapping terms give one merged hit', () => {
	expect(shown(findHits(article, parseQuery('香港 港國安').query)).slice(0, 1)).toEqual(['香港國安']);
	expect(mergeRanges([[5, 7], [0, 2], [1, 3], [3, 4]])).toEqual([[0, 3], [3, 4], [5, 7]]);
});

test('no terms, no hits', () => {
	expect(findHits(article, parseQuery('source:rfi').query)).toEqual([]);
});

test('property: the index finds an article exactly when findHits finds a hit in it', () => {
	const pieces = ['a', 'B', 'ß', '５', '㎏', 'ﬁ', '\u0301', 'e', '關', '係', '关', '系', '😀', ' ', '\n', '\u200B'];
	const text = fc.array(fc.constantFrom(...pieces), {maxLength: 12}).map(parts => parts.join(''));
	fc.assert(fc.property(text, text, fc.array(text, {maxLength: 3}), text, (headline, lead, body, term) => {
		const {query} = parseQuery(`"${term.replaceAll('"', '')}"`);
		const candidate = makeArticle({headline, lead, body});
		const index = prepareSearch([candidate]);
		expect(articleMatches(index, 0, query)).toBe(query.terms.length === 0 || findHits(candidate, query).length > 0);
	}));
});
