import {expect, test} from 'vitest';
import {tokenizeQuery} from '../../source/search/query-tokens.js';

test.each([
	['a  b', [{negated: false, key: null, value: 'a', quoted: false}, {negated: false, key: null, value: 'b', quoted: false}]],
	['-"a b" Title:x', [{negated: true, key: null, value: 'a b', quoted: true}, {negated: false, key: 'title', value: 'x', quoted: false}]],
	['-source:"美国 之音"', [{negated: true, key: 'source', value: '美国 之音', quoted: true}]],
	['foo:bar -', [{negated: false, key: null, value: 'foo:bar', quoted: false}, {negated: false, key: null, value: '-', quoted: false}]],
	['a"b', [{negated: false, key: null, value: 'a"b', quoted: false}]],
	['香港\u3000国安', [{negated: false, key: null, value: '香港', quoted: false}, {negated: false, key: null, value: '国安', quoted: false}]],
])('%j', (text, tokens) => {
	const problems: string[] = [];
	expect(tokenizeQuery(text, problems)).toEqual(tokens);
	expect(problems).toEqual([]);
});

test('an unclosed quote runs to the end and is reported', () => {
	const problems: string[] = [];
	expect(tokenizeQuery('x "a b', problems).at(-1)).toEqual({negated: false, key: null, value: 'a b', quoted: true});
	expect(problems).toEqual(['Unclosed quote: "a b']);
});
