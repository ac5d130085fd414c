import {describe, expect, test} from 'vitest';
import fc from 'fast-check';
import {narrowMeasure, createMeasure} from '../../source/text/measure.js';
import {lineWindow} from '../../source/view/line-window.js';
import {fitSegments} from '../../source/view/fit-row.js';

const shown = (text: string, cursor: number, columns: number, measure = narrowMeasure) =>
	fitSegments(lineWindow(text, cursor, columns, measure), columns, measure);
const plain = (segments: ReturnType<typeof shown>): string => segments.map(segment => segment.text).join('');
const cursorCell = (segments: ReturnType<typeof shown>): string | undefined => segments.find(segment => segment.style.selected)?.text;

describe('lineWindow', () => {
	test('a line that fits is shown whole, the cursor cell after it', () => {
		const segments = shown('香港', 2, 20);
		expect(plain(segments).trimEnd()).toBe('香港');
		expect(cursorCell(segments)).toBe(' ');
	});

	test('a long line typed to its end shows its end and the cursor, its start cut with …', () => {
		const text = 'abcdefghijklmnopqrstuvwxyz0123456789';
		const segments = shown(text, text.length, 20);
		expect(plain(segments).startsWith('…')).toBe(true);
		expect(plain(segments)).toContain('789');
		expect(cursorCell(segments)).toBe(' ');
	});

	test('moving back to the start shows the start again, its end cut with …', () => {
		const text = 'abcdefghijklmnopqrstuvwxyz0123456789';
		const segments = shown(text, 0, 20);
		expect(plain(segments).startsWith('abc')).toBe(true);
		expect(plain(segments).endsWith('…')).toBe(true);
		expect(cursorCell(segments)).toBe('a');
	});

	test('the window moves by half its width, not at every key', () => {
		const text = 'x'.repeat(100);
		// Where the shown text starts: the cursor less the text shown before it.
		const starts = [60, 61, 62].map(cursor => cursor - (lineWindow(text, cursor, 20, narrowMeasure).find(segment => !segment.style.dim)?.text.length ?? 0));
		expect(new Set(starts).size).toBe(1);
	});

	test.each([false, true])('the cursor is always on screen, and the line fits (ambiguous wide: %s)', ambiguousWide => {
		const measure = createMeasure({ambiguousWide});
		fc.assert(fc.property(
			fc.array(fc.constantFrom('a', '香', '“', '😀', ' ', 'Z'), {maxLength: 80}).map(parts => parts.join('')),
			fc.nat(),
			fc.integer({min: 6, max: 60}),
			(text, at, columns) => {
				const points = [...text];
				const cursor = points.slice(0, at % (points.length + 1)).join('').length;
				const segments = shown(text, cursor, columns, measure);
				expect(segments.reduce((sum, segment) => sum + measure.width(segment.text), 0)).toBe(columns);
				const under = text.slice(cursor, cursor + ((text.codePointAt(cursor) ?? 0) > 0xFF_FF ? 2 : 1));
				expect(cursorCell(segments)).toBe(under || ' ');
			},
		));
	});
});
