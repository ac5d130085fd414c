import {describe, expect, test} from 'vitest';
import {defaultMaxTextWidth, layoutFor, readerTextWidth} from '../../source/state/layout.js';

test('side by side from 100 columns, the list about 40%', () => {
	const layout = layoutFor({columns: 120, rows: 40}, defaultMaxTextWidth);
	expect(layout.kind).toBe('side');
	if (layout.kind === 'side') {
		expect(layout.list.width).toBe(48);
		expect(layout.list.width + 1 + layout.reader.width).toBe(120);
		expect(layout.reader.height).toBe(39);
	}
});

test('stacked below 100 columns, list above reader, all rows used', () => {
	const layout = layoutFor({columns: 60, rows: 20}, defaultMaxTextWidth);
	expect(layout.kind).toBe('stacked');
	if (layout.kind === 'stacked') {
		expect(layout.list.height + 1 + layout.reader.height + 1).toBe(20);
		expect(layout.reader.width).toBe(60);
	}
});

test('too small for any layout', () => {
	expect(layoutFor({columns: 20, rows: 5}, defaultMaxTextWidth).kind).toBe('tooSmall');
});

describe('the reader text width: even, capped by the measure', () => {
	test.each([
		// Columns for text, cap, width.
		[68, 80, 68],
		[69, 80, 68],
		[79, 80, 78],
		[80, 80, 80],
		[81, 80, 80],
		[117, 80, 80],
		[117, null, 116],
		[117, 70, 70],
		[1, 80, 1],
		[2, 80, 2],
		[3, 80, 2],
	])('%i columns, cap %s: %i', (columns, cap, width) => {
		expect(readerTextWidth(columns, cap)).toBe(width);
	});

	test.each([
		// Terminal size, cap → text width and its left margin inside the reader pane.
		[{columns: 100, rows: 30}, 80, {kind: 'side', reader: 59, textWidth: 56, textLeft: 1}],
		[{columns: 101, rows: 30}, 80, {kind: 'side', reader: 60, textWidth: 58, textLeft: 1}],
		[{columns: 120, rows: 40}, 80, {kind: 'side', reader: 71, textWidth: 68, textLeft: 1}],
		// Capped: the text sits in the middle of its pane.
		[{columns: 200, rows: 50}, 80, {kind: 'side', reader: 119, textWidth: 80, textLeft: 19}],
		[{columns: 200, rows: 50}, null, {kind: 'side', reader: 119, textWidth: 116, textLeft: 1}],
		[{columns: 99, rows: 30}, 80, {kind: 'stacked', reader: 99, textWidth: 80, textLeft: 9}],
		[{columns: 80, rows: 24}, 80, {kind: 'stacked', reader: 80, textWidth: 78, textLeft: 1}],
		[{columns: 81, rows: 24}, 80, {kind: 'stacked', reader: 81, textWidth: 78, textLeft: 1}],
		[{columns: 30, rows: 8}, 80, {kind: 'stacked', reader: 30, textWidth: 28, textLeft: 1}],
		[{columns: 31, rows: 8}, 80, {kind: 'stacked', reader: 31, textWidth: 28, textLeft: 1}],
	] as const)('%o, cap %s', (size, cap, expected) => {
		const layout = layoutFor(size, cap);
		expect(layout.kind === 'tooSmall' ? layout : {kind: layout.kind, reader: layout.reader.width, textWidth: layout.textWidth, textLeft: layout.textLeft}).toEqual(expected);
		if (layout.kind !== 'tooSmall') {
			// At least a column of margin on each side; the odd column left over goes right.
			const right = layout.reader.width - layout.textLeft - layout.textWidth;
			expect(layout.textLeft).toBeGreaterThanOrEqual(1);
			expect(right - layout.textLeft).toBeGreaterThanOrEqual(0);
			expect(right - layout.textLeft).toBeLessThanOrEqual(1);
			expect(layout.textWidth % 2).toBe(0);
		}
	});
});
