import {describe, expect, test} from 'vitest';
import type {Segment} from '../../source/screen/display-line.js';
import {createMeasure} from '../../source/text/measure.js';
import {isEmojiSequence} from '../../source/text/portable-emoji.js';
import {fitSegments} from '../../source/view/fit-row.js';

const text = (segments: readonly Segment[]): string => segments.map(segment => segment.text).join('');
const clusters = (value: string): string[] => [...new Intl.Segmenter().segment(value)].map(part => part.segment);

describe.each([false, true])('ambiguous wide: %s', ambiguousWide => {
	const measure = createMeasure({ambiguousWide});
	test.each([
		// Segments, width → the row as drawn, where ambiguous characters (`…`) are narrow and wide.
		[[{text: '点赞❤️👍🏻与👨‍⚕️', style: {bold: true}}], 16, ['点赞❤ 👍与👨    ', '点赞❤ 👍与👨    ']],
		[[{text: '点赞', style: {}}, {text: '👍🏻', style: {hit: true}}, {text: '！', style: {}}], 8, ['点赞👍！', '点赞👍！']],
		// Cut: the sequence is measured whole and drawn as its base.
		[[{text: '表情👨‍👩‍👧‍👦测试测试', style: {}}], 9, ['表情👨测…', '表情👨… ']],
		[[{text: '👍🏻👍🏻👍🏻', style: {}}], 5, ['👍👍…', '👍… ']],
	])('%j in %i columns', (segments, width, [narrow, wide]) => {
		const row = fitSegments(segments, width, measure);
		expect(text(row)).toBe(ambiguousWide ? wide : narrow);
		expect(measure.width(text(row))).toBe(width);
		expect(clusters(text(row)).filter(cluster => isEmojiSequence(cluster))).toEqual([]);
	});

	test('styles stay on their segments', () => {
		const row = fitSegments([{text: 'a', style: {}}, {text: '👍🏻', style: {hit: true}}], 4, measure);
		expect(row.find(segment => segment.style.hit)?.text).toBe('👍');
	});
});
