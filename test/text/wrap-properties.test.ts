import fc from 'fast-check';
import {expect, test} from 'vitest';
import {displayWidth} from '../../source/text/display-width.js';
import {graphemes} from '../../source/text/graphemes.js';
import {wrapRanges} from '../../source/text/wrap.js';

// Pieces that exercise every rule: CJK, both kinds of punctuation, Latin, numbers, spaces, emoji, glue.
const pieces = [
	'中', '文', '字', '国', '，', '。', '、', '：', '！', '？', '“', '”', '‘', '’', '（', '）', '《', '》', '——', '……', '·',
	'hello', 'world', 'COVID-19', '2.25', '1,000', '15/06/2022', '-5', '$100', '％', '℃', 'https://x.cn/a?b=1',
	' ', '  ', '\t', '\u3000', '\u00A0', '\u200B', '\n', '\r\n', '"', "'", '(', ')', ',', '.', '-',
	'👍🏽', '🇨🇳', '👨‍👩‍👧‍👦', 'e\u0301', '한국', 'ｱ',
	'@nytchinese', '#MeToo', 'C++', 'C#', '--', '──', ' "',
];

const textArbitrary = fc.array(fc.constantFrom(...pieces), {maxLength: 60}).map(parts => parts.join(''));

const breakSpace = /^[ \t\u200B]*$/;
const boundaries = (text: string): Set<number> => {
	const set = new Set<number>([0]);
	let offset = 0;
	for (const cluster of graphemes(text)) {
		offset += cluster.length;
		set.add(offset);
	}

	return set;
};

test('wrapping never loses text, never overflows, never splits a cluster, leaves no stray spaces', () => {
	fc.assert(fc.property(textArbitrary, fc.integer({min: 1, max: 50}), fc.boolean(), (text, width, ambiguousWide) => {
		const ranges = wrapRanges(text, width, {ambiguousWide});
		const clusterEdges = boundaries(text);
		let previousEnd = 0;
		for (const [index, {start, end}] of ranges.entries()) {
			// Between two lines only break spaces and line breaks are dropped.
			const gap = text.slice(previousEnd, start);
			const hard = /\r\n|\r|\n/.test(gap);
			expect(breakSpace.test(gap.replaceAll(/\r\n|\r|\n/g, '')), `gap ${JSON.stringify(gap)}`).toBe(true);
			expect(start).toBeGreaterThanOrEqual(previousEnd);
			const line = text.slice(start, end);
			expect(clusterEdges.has(start) && clusterEdges.has(end)).toBe(true);
			expect(/[ \t]$/.test(line), `trailing space in ${JSON.stringify(line)}`).toBe(false);
			if (index > 0 && !hard) {
				expect(/^[ \t]/.test(line), `leading space in ${JSON.stringify(line)}`).toBe(false);
				expect(line.length, 'empty line at a soft break').toBeGreaterThan(0);
			}

			const visible = graphemes(line).filter(cluster => cluster !== ' ' && cluster !== '\t');
			if (visible.length > 1) {
				expect(displayWidth(line, {ambiguousWide}), JSON.stringify(line)).toBeLessThanOrEqual(width);
			}

			previousEnd = end;
		}

		expect(breakSpace.test(text.slice(previousEnd).replaceAll(/\r\n|\r|\n/g, ''))).toBe(true);
	}), {numRuns: 400});
});

test('segmentation of long mixed text matches Intl.Segmenter', () => {
	const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});
	fc.assert(fc.property(fc.array(fc.constantFrom(...pieces, 'ไทย', '\u0E33', '\u1100\u1161'), {minLength: 100, maxLength: 400}), parts => {
		const text = parts.join('');
		expect(graphemes(text)).toEqual([...segmenter.segment(text)].map(part => part.segment));
	}), {numRuns: 40});
});

// Handles, tags, `C++`/`C#` and typed dashes are words: whole whenever they fit, even inside a unit too
// wide for the pane (`——` is only held by the line-start rule, which such a unit may have to break).
const wholes = ['@nytchinese', '#MeToo', '＠NYT', 'C++', 'C#', '--', '──', 'COVID-19'];
const fillers = ['中', '文', '，', '。', ' ', '(', ')', '（', '）', '“', '”', '——', '\u00A0'];

test('a handle, tag, C++ or typed dash that fits the width is never split', () => {
	const pairs = fc.array(fc.tuple(fc.constantFrom(...fillers), fc.constantFrom(...wholes)), {maxLength: 20});
	fc.assert(fc.property(pairs, fc.integer({min: 1, max: 40}), fc.boolean(), (parts, width, ambiguousWide) => {
		let text = '';
		const placed: Array<{start: number; end: number; whole: string}> = [];
		for (const [filler, whole] of parts) {
			text += filler;
			placed.push({start: text.length, end: text.length + whole.length, whole});
			text += whole;
		}

		const starts = wrapRanges(text, width, {ambiguousWide}).map(range => range.start);
		for (const {start, end, whole} of placed) {
			if (displayWidth(whole, {ambiguousWide}) <= width) {
				expect(starts.some(lineStart => lineStart > start && lineStart < end), `${JSON.stringify(whole)} split in ${JSON.stringify(text)} at ${width}`).toBe(false);
			}
		}
	}), {numRuns: 400});
});
