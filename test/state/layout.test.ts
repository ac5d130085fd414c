import {expect, test} from 'vitest';
import {layoutFor} from '../../source/state/layout.js';

test('side by side from 100 columns, the list about 40%', () => {
	const layout = layoutFor({columns: 120, rows: 40});
	expect(layout.kind).toBe('side');
	if (layout.kind === 'side') {
		expect(layout.list.width).toBe(48);
		expect(layout.list.width + 1 + layout.reader.width).toBe(120);
		expect(layout.reader.height).toBe(39);
	}
});

test('stacked below 100 columns, list above reader, all rows used', () => {
	const layout = layoutFor({columns: 60, rows: 20});
	expect(layout.kind).toBe('stacked');
	if (layout.kind === 'stacked') {
		expect(layout.list.height + 1 + layout.reader.height + 1).toBe(20);
		expect(layout.reader.width).toBe(60);
	}
});

test('too small for any layout', () => {
	expect(layoutFor({columns: 20, rows: 5}).kind).toBe('tooSmall');
});
