import {expect, test} from 'vitest';
import {foldText} from '../../source/search/fold.js';
import {parseQuery} from '../../source/search/query.js';
import {countTerm, findTerm} from '../../source/search/term-match.js';

function find(text: string, term: string, from = 0): number {
	const folded = foldText(text);
	const parsed = parseQuery(`"${term}"`).query.terms[0]!;
	return findTerm(folded.text, folded.upper, parsed, from);
}

test.each([
	['covid COVID Covid', 'covid', 0],
	['covid COVID Covid', 'COVID', 6],
	['covid COVID Covid', 'Covid', 12],
	['covid COVID Covid', 'CoVid', -1],
	['COVIDs', 'COVID', 0],
	['aCOVIDb', 'COVID', 1],
	['xCOVIDA', 'COVID', 1],
	['ＣＯＶＩＤ', 'COVID', 0],
	['關係', '关系', 0],
])('in %j, %j is found at %i', (text, term, at) => {
	expect(find(text, term)).toBe(at);
});

test('search resumes from an offset', () => {
	expect(find('COVID covid COVID', 'COVID', 1)).toBe(12);
});

test('counts non-overlapping matches, optionally only those starting before an end', () => {
	const folded = foldText('aaaa Aa aa');
	const term = parseQuery('aa').query.terms[0]!;
	expect(countTerm(folded.text, folded.upper, term)).toBe(4);
	expect(countTerm(folded.text, folded.upper, term, 5)).toBe(2);
	expect(countTerm(folded.text, folded.upper, parseQuery('Aa').query.terms[0]!)).toBe(1);
});
