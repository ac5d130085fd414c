import fc from 'fast-check';
import stringWidth from 'string-width';
import {expect, test} from 'vitest';
import {isEmojiSequence, portableEmoji} from '../../source/text/portable-emoji.js';
import {createMeasure} from '../../source/text/measure.js';

const narrow = createMeasure({ambiguousWide: false});
const wide = createMeasure({ambiguousWide: true});

test.each([
	// Text → as drawn (narrow ambiguous).
	['a skin tone: the base emoji', '👍🏻', '👍'],
	['the emoji selector on a narrow base: the base and a space', '❤️', '❤ '],
	['a ZWJ sequence: its first emoji', '👨‍⚕️', '👨'],
	['a family', '👨‍👩‍👧‍👦', '👨'],
	['a keycap', '1️⃣', '1 '],
	['a ZWJ sequence with a skin tone', '🧑🏽‍🚀', '🧑'],
	['the issue\'s headline', '点赞❤️👍🏻与👨‍⚕️：表情测试', '点赞❤ 👍与👨：表情测试'],
	['a single emoji is left alone', '🙏', '🙏'],
	['a flag is left alone (two regional indicators: 2 columns everywhere)', '🇨🇳', '🇨🇳'],
	['a combining accent is left alone', 'e\u0301', 'e\u0301'],
	['an Indic conjunct with ZWJ is left alone', 'क्\u200Dष', 'क्\u200Dष'],
	['plain text is left alone', '中文 text。', '中文 text。'],
])('%s', (_case, text, drawn) => {
	expect(portableEmoji(text, narrow.cell)).toBe(drawn);
});

test.each([['🏻', false], ['\uFE0F', false], ['👍🏻', true], ['❤️', true], ['👨‍⚕️', true], ['1️⃣', true], ['🙏', false], ['🇨🇳', false], ['e\u0301', false], ['क्\u200Dष', false], ['a', false]])('%s is a sequence: %s', (cluster, expected) => {
	expect(isEmojiSequence(cluster)).toBe(expected);
});

test('an ambiguous base keeps its width where ambiguous characters are wide', () => {
	// ♥ (U+2665) is East Asian Ambiguous: two columns on such a terminal, so no space is added.
	expect(portableEmoji('♥️', wide.cell)).toBe('♥');
	expect(portableEmoji('♥️', narrow.cell)).toBe('♥ ');
});

test('the drawing is as wide as the text, by the measure, and holds no sequence', () => {
	const piece = fc.constantFrom('中', 'a', ' ', '❤️', '👍🏻', '👨‍⚕️', '👨‍👩‍👧‍👦', '1️⃣', '🇨🇳', '🙏', '☺️', '♥️', '\u200D', '\uFE0F', '🏻', 'e\u0301');
	fc.assert(fc.property(fc.array(piece, {maxLength: 20}), fc.boolean(), (parts, ambiguousWide) => {
		const measure = ambiguousWide ? wide : narrow;
		const text = parts.join('');
		const drawn = portableEmoji(text, measure.cell);
		expect(measure.width(drawn)).toBe(measure.width(text));
		expect(stringWidth(drawn, {ambiguousIsNarrow: !ambiguousWide})).toBe(measure.width(text));
		const clusters = [...new Intl.Segmenter().segment(drawn)].map(segment => segment.segment);
		expect(clusters.filter(cluster => isEmojiSequence(cluster))).toEqual([]);
	}), {numRuns: 500});
});
