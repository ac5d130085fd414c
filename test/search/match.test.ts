import {expect, test} from 'vitest';
import {matchArticles} from '../../source/search/match.js';
import {parseQuery} from '../../source/search/query.js';
import {prepareSearch} from '../../source/search/search-index.js';
import {makeArticle} from './make-article.js';

const articles = [
	makeArticle({headline: '香港國安法生效', body: ['美國關係緊張'], source: '法广', date: new Date(2020, 6, 1, 12).getTime()}),
	makeArticle({headline: '美国大选', lead: 'COVID-19 疫情', body: ['中国与美国的关系'], source: 'BBC', date: new Date(2020, 6, 5).getTime()}),
	makeArticle({headline: 'covid vaccine', body: ['Hong Kong ５Ｇ network'], source: '美国之音', date: new Date(2020, 6, 10).getTime()}),
	makeArticle({headline: '无日期', body: ['香港'], source: '路透', date: null}),
];
const index = prepareSearch(articles);

function match(text: string): number[] {
	return matchArticles(index, parseQuery(text).query);
}

test.each([
	['', [0, 1, 2, 3]],
	['香港', [0, 3]],
	['關係', [0, 1]],
	['关系 美国', [0, 1]],
	['中国 关系', [1]],
	['-香港', [1, 2]],
	['-香港 美国', [1]],
	['"hong kong"', [2]],
	['"Hong Kong"', [2]],
	['"HONG KONG"', []],
	['5g', [2]],
	['５G', [2]],
	['covid', [1, 2]],
	['COVID', [1]],
	['Covid', []],
	['title:美国', [1]],
	['-title:美国 美国', [0]],
	['title:香港 -source:rfi', []],
	['source:rfi', [0]],
	['source:法广', [0]],
	['source:bbc source:voa', [1, 2]],
	['-source:路透 香港', [0]],
	['after:2020-07-05', [1, 2]],
	['before:2020-07-05', [0]],
	['after:2020-07-01 before:2020-07-02', [0]],
	['after:2020-07-01 before:2020-07-01', []],
	['"香港', [0, 3]],
	['after:bad 香港', [0, 3]],
	['紧张', [0]],
	['张美', []],
])('%j matches %j', (text, expected) => {
	expect(match(text)).toEqual(expected);
});

test('every name of a source finds the same articles, whichever form the article spells it in', () => {
	const spelled = prepareSearch([...articles, makeArticle({headline: '繁體', body: [], source: '法廣', date: null})]);
	const names = ['rfi', 'RFI', '法广', '法廣', '法国国际广播电台', '法國國際廣播電台', '法国国际广播电台 - RFI'];
	const found = names.map(name => matchArticles(spelled, parseQuery(`source:"${name}"`).query));
	expect(found).toEqual(names.map(() => [0, 4]));
	expect(matchArticles(spelled, parseQuery('-source:rfi').query)).toEqual(matchArticles(spelled, parseQuery('-source:法国国际广播电台').query));
});

test('narrowing from cached results gives the same answers as a fresh scan', () => {
	const typed = ['香', '香港', '香港 ', '香港 -', '香港 -美', '香港 -美国', '香港 -美', '香港', '香'];
	const incremental = typed.map(text => match(text));
	const fresh = typed.map(text => matchArticles(prepareSearch(articles), parseQuery(text).query));
	expect(incremental).toEqual(fresh);
	expect(incremental[5]).toEqual([3]);
});

test('the result is a fresh array each time', () => {
	const first = match('美国');
	first.push(99);
	expect(match('美国')).toEqual([0, 1]);
});
