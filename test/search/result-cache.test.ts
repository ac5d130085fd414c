import {expect, test} from 'vitest';
import {parseQuery} from '../../source/search/query.js';
import {createResultCache, narrowestSuperset, queryImplies, queryKey, rememberMatches} from '../../source/search/result-cache.js';

function implies(text: string, earlier: string): boolean {
	return queryImplies(parseQuery(text).query, parseQuery(earlier).query);
}

test.each([
	['香港', '香', true],
	['香港 国安', '香港', true],
	['香港国', '香港', true],
	['香港', '香港 国安', false],
	['COVID', 'cov', true],
	['covid', 'COV', false],
	['COVID', 'COV', false],
	['title:香港', '香港', true],
	['香港', 'title:香港', false],
	['-香港 美国', '美国', true],
	['-香港', '-香', false],
	['美国 -香港 source:bbc', '美国 -香港', true],
	['美国', '美国 source:bbc', false],
	['after:2020-07-02', 'after:2020-07-01', true],
	['after:2020-06-30', 'after:2020-07-01', false],
	['before:2020-07-01', 'before:2020-07-02', true],
	['x', 'before:2020-07-02', false],
])('%j narrows %j: %s', (text, earlier, expected) => {
	expect(implies(text, earlier)).toBe(expected);
});

test('the narrowest superset is the one with fewest matches', () => {
	const cache = createResultCache();
	for (const [text, matches] of [['香', [1, 2, 3]], ['香港', [2, 3]], ['美', [3]]] as const) {
		const {query} = parseQuery(text);
		rememberMatches(cache, query, queryKey(query), Int32Array.from(matches));
	}

	expect([...narrowestSuperset(cache, parseQuery('香港国').query) ?? []]).toEqual([2, 3]);
	expect(narrowestSuperset(cache, parseQuery('中').query)).toBeUndefined();
});
