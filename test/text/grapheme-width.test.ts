import {expect, test} from 'vitest';
import stringWidth from 'string-width';
import {graphemeWidth} from '../../source/text/grapheme-width.js';

test.each(['a', '中', '㐀', '，', '“', '…', '—', '·', '👍🏽', '🇨🇳', 'e\u0301', '\u200B', '\u3000', 'ｱ', '한'])('%j measures as string-width does, narrow and wide', cluster => {
	expect(graphemeWidth(cluster)).toBe(stringWidth(cluster));
	expect(graphemeWidth(cluster, true)).toBe(stringWidth(cluster, {ambiguousIsNarrow: false}));
	// Asked twice: the cached answer is the same.
	expect(graphemeWidth(cluster, true)).toBe(stringWidth(cluster, {ambiguousIsNarrow: false}));
});
