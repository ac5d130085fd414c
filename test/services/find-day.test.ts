import {describe, expect, test} from 'vitest';
import {findDay} from '../../source/services/find-day.js';
import type {ArticleList, CorpusArticle} from '../../source/corpus/corpus.js';

// Dated in local time (the suite runs under TZ=UTC), newest first, undated last.
const dates = [
	new Date(2020, 6, 3, 9).getTime(),
	new Date(2020, 6, 2, 23, 59).getTime(),
	new Date(2020, 6, 2, 0, 0).getTime(),
	new Date(2020, 5, 30, 12).getTime(),
	null,
];
const articles: ArticleList = {
	length: dates.length,
	at: position => (position >= 0 && position < dates.length ? {date: dates[position] ?? null} as CorpusArticle : undefined),
};

describe('findDay', () => {
	test.each([
		['2020-07-03', {kind: 'found', position: 0, sameDay: true}],
		['2020-07-02', {kind: 'found', position: 1, sameDay: true}],
		['2020/7/2', {kind: 'found', position: 1, sameDay: true}],
		['2020-07-01', {kind: 'found', position: 3, sameDay: false}],
		['2020-08-01', {kind: 'found', position: 0, sameDay: false}],
		['2020-06-30', {kind: 'found', position: 3, sameDay: true}],
		// Only the undated article is "before" it: it is taken as older than any day.
		['2020-06-01', {kind: 'found', position: 4, sameDay: false}],
		['2020-02-30', {kind: 'notADate'}],
	])('%s', (day, found) => {
		expect(findDay(articles, day, null)).toEqual(found);
	});

	test('in a filtered list, among its matches', () => {
		expect(findDay(articles, '2020-07-02', [0, 2, 3])).toEqual({kind: 'found', position: 1, sameDay: true});
		expect(findDay(articles, '2020-06-01', [0, 2])).toEqual({kind: 'allLater'});
	});
});
