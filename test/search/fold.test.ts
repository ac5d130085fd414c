import fc from 'fast-check';
import {expect, test} from 'vitest';
import {foldText, foldTextWithMap, originalRange} from '../../source/search/fold.js';

test.each([
	['關係 关係 关系', '关系 关系 关系'],
	['５Ｇ，ＡＢＣ', '5g,abc'],
	['COVID-19 Straße ẞ', 'covid-19 strasse ss'],
	['㎏ ﬁne', 'kg fine'],
	['e\u0301', 'é'],
	['a \n\t\u3000 b', 'a b'],
	['zero\u200Bwidth\u00ADsoft', 'zerowidthsoft'],
	['ΟΔΟΣ', 'οδοσ'],
	['香港Hong Kong', '香港hong kong'],
	['𠀀x😀', '𠀀x😀'],
])('%j folds to %j', (text, folded) => {
	expect(foldText(text).text).toBe(folded);
});

test('upper-case offsets point into the folded text', () => {
	expect([...foldText('aB５Ｃ').upper]).toEqual([1, 3]);
	expect([...foldText('ẞx').upper]).toEqual([0, 1]);
	expect(foldText('中文').upper.length).toBe(0);
});

test('a lone surrogate keeps its length', () => {
	expect(foldText('a\uD800b').text).toBe('a\uFFFDb');
});

/** The original text under folded range [start, end). */
function under(text: string, start: number, end: number): string {
	const folded = foldTextWithMap(text);
	const [from, to] = originalRange(folded, start, end);
	return text.slice(from, to);
}

test.each([
	// [original, folded needle, original characters it must highlight]
	['买了5㎏米', 'kg', '㎏'],
	['买了5㎏米', 'g米', '㎏米'],
	['ﬁne', 'i', 'ﬁ'],
	['𠀀關係𠀀', '关系', '關係'],
	['𠀀關係𠀀', '𠀀', '𠀀'],
	['cafe\u0301 au lait', 'é', 'e\u0301'],
	['a  \n  b', 'a b', 'a  \n  b'],
	['a  \n  b', ' ', '  \n  '],
	['Ｃｈｉｎａ', 'hin', 'ｈｉｎ'],
	['gro\u00DFe Straße', 'strasse', 'Straße'],
	['x\u200By', 'xy', 'x\u200By'],
	['😀香港😀', '香港', '香港'],
])('in %j, %j maps back to %j', (text, needle, expected) => {
	const folded = foldTextWithMap(text).text;
	const at = folded.indexOf(needle);
	expect(at).toBeGreaterThanOrEqual(0);
	expect(under(text, at, at + needle.length)).toBe(expected);
});

test('folding with and without the map agree', () => {
	const text = 'Ａ關係 ㎏\n\n😀é\u200B ẞ';
	const withMap = foldTextWithMap(text);
	expect(withMap.text).toBe(foldText(text).text);
	expect(withMap.starts.length).toBe(withMap.text.length);
	expect([...withMap.upper]).toEqual([...foldText(text).upper]);
});

test('long text (beyond the reused buffer) folds whole', () => {
	const text = '關係 Ab '.repeat(5000);
	const folded = foldTextWithMap(text);
	expect(folded.text).toBe('关系 ab '.repeat(5000));
	expect(originalRange(folded, folded.text.length - 3, folded.text.length - 1)).toEqual([text.length - 3, text.length - 1]);
});

test('a byte order mark with an accent on it, at the very start, keeps its place', () => {
	const folded = foldTextWithMap('\uFEFF\u0301ab');
	expect(folded.text).toBe('\uFEFF\u0301ab');
	expect(originalRange(folded, 2, 4)).toEqual([2, 4]);
});

const pieces = ['a', 'B', 'ß', 'ẞ', 'İ', 'Σ', '５', 'Ｇ', '㎏', 'ﬁ', '\u0301', 'e', '關', '係', '关', '😀', '𠀀', ' ', '\n', '\u3000', '\u200B', '\uFEFF', '\uD800', '\u1100', '\u1161', '，', '香'];

function splitsPair(text: string, at: number): boolean {
	return /[\uD800-\uDBFF]/.test(text.charAt(at - 1)) && /[\uDC00-\uDFFF]/.test(text.charAt(at));
}

test('property: every folded range maps back to whole clusters whose folding contains it', () => {
	fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 24}).map(parts => parts.join('')), fc.nat(), fc.nat(), (text, a, b) => {
		const folded = foldTextWithMap(text);
		expect(folded.text).toBe(foldText(text).text);
		if (folded.text.length === 0) {
			return;
		}

		const start = a % folded.text.length;
		const end = start + 1 + (b % (folded.text.length - start));
		const [from, to] = originalRange(folded, start, end);
		expect(from).toBeLessThan(to);
		// Never half a surrogate pair.
		expect(splitsPair(text, from) || splitsPair(text, to)).toBe(false);
		expect(foldText(text.slice(from, to)).text).toContain(folded.text.slice(start, end).trim());
	}));
});
