import stringWidth from 'string-width';
import {expect, test} from 'vitest';
import cachedStringWidth from '../../source/ui/cached-string-width.js';

/** Pieces that segment and measure in every way string-width knows: Han, kana, Hangul jamo, marks, emoji, controls, escapes. */
const pieces = [
	'中', '文', '“', '”', '…', '—', '·', 'a', ' ', '1', 'é', 'e\u0301', 'ｶﾞ', 'ア', '\u1100\u1161', '\u1100\u1161\u11a8', '\u1100',
	'👍🏻', '❤️', '👨‍👩‍👧', '🇨🇳', '1\u20e3', '\u200b', '\u00ad', '\t', '\u0007', '\u001B[1m', '\u001B[2;7m', '\u001B[0m', '\u001B[31m',
	'\u001B]8;;https://example.com\u0007', '\u001B]8;id=corpus-reader-2;https://a.cn/x?y=1\u0007', '\u001B]8;;\u0007', '\u0e01\u0e33', 'ก', '\ufe0f', '\u200d',
];

/** A seeded generator, so a failure names its input again. */
function random(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
		return state / 2_147_483_648;
	};
}

test('measures every row as string-width does (2,000 random rows of mixed text and escapes)', () => {
	const next = random(7);
	for (let row = 0; row < 2000; row++) {
		const text = Array.from({length: Math.floor(next() * 40)}, () => pieces[Math.floor(next() * pieces.length)]).join('');
		expect([text, cachedStringWidth(text)]).toEqual([text, stringWidth(text)]);
	}
});

test('options pass straight through to string-width', () => {
	expect(cachedStringWidth('“好”', {ambiguousIsNarrow: false})).toBe(6);
	expect(cachedStringWidth('“好”')).toBe(4);
});
