import {describe, expect, test} from 'vitest';
import {countSources, sourceColumns} from '../../source/services/source-counts.js';
import {copiesOf} from '../../source/services/copies-of.js';
import {sparkline} from '../../source/view/sources-screen.js';
import type {CorpusArticle} from '../../source/corpus/corpus.js';

const at = (year: number, month: number, day = 15): number => new Date(year, month - 1, day, 12).getTime();

/** Five articles: BBC in July and September 2020, 法广 in August, one undated, one a copy. */
const list = (() => {
	const rows: Array<Pick<CorpusArticle, 'source' | 'date' | 'duplicateOf'>> = [
		{source: 'BBC', date: at(2020, 9), duplicateOf: null},
		{source: '法广', date: at(2020, 8), duplicateOf: null},
		{source: 'BBC', date: at(2020, 9, 1), duplicateOf: 'a'},
		{source: 'BBC', date: at(2020, 7), duplicateOf: null},
		{source: '法广', date: null, duplicateOf: null},
	];
	return {length: rows.length, at: (position: number) => rows[position] as CorpusArticle | undefined};
})();

describe('the sources view\'s counts', () => {
	test('per source: articles, unread, newest, articles a month from the first month; most articles first', () => {
		const counts = countSources(sourceColumns(list), () => true, position => position !== 0);
		expect(counts.firstMonth).toBe('2020-07');
		expect(counts.rows).toEqual([
			{name: 'BBC', articles: 3, unread: 2, newest: at(2020, 9), months: [1, 0, 2]},
			{name: '法广', articles: 2, unread: 2, newest: at(2020, 8), months: [0, 1, 0]},
		]);
	});

	test('copies left out when hidden', () => {
		const copies = copiesOf(list);
		expect(copies?.originals).toEqual([0, 1, 3, 4]);
		const counts = countSources(sourceColumns(list), position => copies?.isCopy[position] !== 1, () => true);
		expect(counts.rows[0]).toMatchObject({name: 'BBC', articles: 2, months: [1, 0, 1]});
	});

	test('no copies: null', () => {
		expect(copiesOf({length: 1, at: () => ({duplicateOf: null}) as CorpusArticle})).toBeNull();
	});

	test('nothing dated: no months', () => {
		const undated = {length: 1, at: () => ({source: 'x', date: null}) as CorpusArticle};
		expect(countSources(sourceColumns(undated), () => true, () => true)).toEqual({rows: [{name: 'x', articles: 1, unread: 1, newest: null, months: []}], firstMonth: null});
	});
});

describe('the sparkline', () => {
	test('one bar a month, scaled to the busiest, an empty month blank', () => {
		expect(sparkline([1, 0, 8, 4], 10)).toBe('▁ █▄');
	});

	test('more months than cells: months summed in groups', () => {
		expect(sparkline([1, 1, 0, 0, 4, 4], 3)).toBe('▂ █');
		expect(sparkline([1, 2, 3], 0)).toBe('');
	});
});
