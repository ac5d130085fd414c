import {expect, test} from 'vitest';
import {parseQuery, type QueryTerm} from '../../source/search/query.js';

function terms(text: string): Array<Pick<QueryTerm, 'folded' | 'negated' | 'titleOnly'> & {upper: number[]}> {
	return parseQuery(text).query.terms.map(term => ({folded: term.folded, negated: term.negated, titleOnly: term.titleOnly, upper: [...term.upper]}));
}

test('terms separated by spaces, folded', () => {
	expect(terms('香港  關係 ５Ｇ')).toEqual([
		{folded: '香港', negated: false, titleOnly: false, upper: []},
		{folded: '关系', negated: false, titleOnly: false, upper: []},
		{folded: '5g', negated: false, titleOnly: false, upper: [1]},
	]);
});

test('a phrase keeps its inner space, folded to one', () => {
	expect(terms('"Hong   Kong" x')).toEqual([
		{folded: 'hong kong', negated: false, titleOnly: false, upper: [0, 5]},
		{folded: 'x', negated: false, titleOnly: false, upper: []},
	]);
});

test('exclusions and title terms', () => {
	expect(terms('-香港 title:疫情 -title:美国 -"a b"')).toEqual([
		{folded: '香港', negated: true, titleOnly: false, upper: []},
		{folded: '疫情', negated: false, titleOnly: true, upper: []},
		{folded: '美国', negated: true, titleOnly: true, upper: []},
		{folded: 'a b', negated: true, titleOnly: false, upper: []},
	]);
});

test('a lone dash is not an exclusion, a dash inside a word is a letter', () => {
	expect(terms('- covid-19')).toEqual([
		{folded: '-', negated: false, titleOnly: false, upper: []},
		{folded: 'covid-19', negated: false, titleOnly: false, upper: []},
	]);
});

test('unknown keys are plain text', () => {
	expect(terms('http://x.org')[0]?.folded).toBe('http://x.org');
});

test('source: resolves any name of a known source to its canonical name, and folds names', () => {
	for (const name of ['rfi', 'RFI', 'ＲＦＩ', '法广', '法廣', '法国国际广播电台', '法國國際廣播電台', '法国国际广播电台 - RFI']) {
		expect(parseQuery(`source:"${name}"`).query.sources, name).toEqual(['法广']);
	}

	expect(parseQuery('SOURCE:美國之音').query.sources).toEqual(['美国之音']);
	expect(parseQuery('source:BBC -source:voa').query).toMatchObject({sources: ['bbc'], excludedSources: ['美国之音']});
	expect(parseQuery('source:"RTI 中央廣播電臺" source:cdt').query.sources).toEqual(['中央广播电台', '中国数字时代']);
});

test('source: keeps a name it does not know, to match as part of a source', () => {
	expect(parseQuery('source:之音').query.sources).toEqual(['之音']);
	expect(parseQuery('source:Nei').query.sources).toEqual(['nei']);
});

test('after: is inclusive and before: exclusive, at local midnight; the stricter of two wins', () => {
	const {query, problems} = parseQuery('after:2020-07-01 before:2020/7/10 after:2020-06-01 before:2021');
	expect(problems).toEqual([]);
	expect(query.after).toBe(new Date(2020, 6, 1).getTime());
	expect(query.before).toBe(new Date(2020, 6, 10).getTime());
});

test.each([
	['"香港 国安', ['Unclosed quote: "香港 国安'], ['香港 国安']],
	['after:2020-02-30 香港', ['Not a date (use YYYY-MM-DD): after:2020-02-30'], ['香港']],
	['before:yesterday', ['Not a date (use YYYY-MM-DD): before:yesterday'], []],
	['source: 香港', ['Empty source: ignored'], ['香港']],
	['"" x', ['Empty phrase ignored'], ['x']],
	['title:', ['Empty title: ignored'], []],
	['-after:2020-01-01', ['-after: is not supported; use before: instead'], []],
])('%j is searched as well as it can be, with problems', (text, problems, folded) => {
	const parsed = parseQuery(text);
	expect(parsed.problems).toEqual(problems);
	expect(parsed.query.terms.map(term => term.folded)).toEqual(folded);
});

test('an empty query has no terms and no filters', () => {
	expect(parseQuery('   ')).toEqual({query: {terms: [], marks: [], sources: [], excludedSources: [], after: null, before: null}, problems: []});
});
