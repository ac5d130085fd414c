/**
Where a text is East Asian and where it is Latin (or Greek, Cyrillic, …), for styles that suit one and
not the other. Italics are the case in point: terminals slant a Han character by shearing its glyph
(no CJK font has an italic), which reads as a rendering fault, while Latin italics are real letters.
*/
import type {TextRange} from './highlight.js';

/** Han, kana, hangul and bopomofo; CJK punctuation (U+3000–303F), full-width forms and CJK compatibility forms. */
const eastAsian = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Bopomofo}\u3000-\u303F\uFF00-\uFFEF\uFE30-\uFE4F]/u;
/** Letters of every other script, and the marks that combine with them. */
const otherLetter = /[\p{L}\p{M}]/u;

type Kind = 'eastAsian' | 'other' | 'neutral';

const kindOf = (character: string): Kind => {
	if (eastAsian.test(character)) {
		return 'eastAsian';
	}

	return otherLetter.test(character) ? 'other' : 'neutral';
};

/**
The UTF-16 ranges of `text` that are East Asian. Characters of neither kind (spaces, digits, ASCII
and curly punctuation, emoji) go with the letter before them, or the one after at the start, so
`“引号”` is East Asian whole and `said “` is not; text of only such characters is not East Asian.

@example
hanRanges('他说 hello 世界') //=> [{start: 0, end: 3}, {start: 9, end: 11}]
*/
export function hanRanges(text: string): TextRange[] {
	const ranges: TextRange[] = [];
	let current: Kind | undefined;
	// The neutral characters since the last letter, while the kind they go with is not known yet.
	let pendingStart = -1;
	let start = -1;
	const close = (end: number): void => {
		if (current === 'eastAsian' && start >= 0 && end > start) {
			ranges.push({start, end});
		}
	};

	let offset = 0;
	for (const character of text) {
		const kind = kindOf(character);
		if (kind === 'neutral') {
			if (current === undefined && pendingStart < 0) {
				pendingStart = offset;
			}
		} else if (current === undefined) {
			// The first letter: the neutral characters before it go with it.
			current = kind;
			start = pendingStart >= 0 ? pendingStart : offset;
		} else if (kind !== current) {
			close(offset);
			current = kind;
			start = offset;
		}

		offset += character.length;
	}

	close(offset);
	return ranges;
}
