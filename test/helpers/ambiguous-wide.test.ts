import {describe, expect, test} from 'vitest';
import {createHeadlessTerminal, flushed} from './headless-screen.js';
import {ambiguousWideVersion} from './ambiguous-wide.js';

const cellWidths = async (text: string, ambiguousWide: boolean): Promise<number[]> => {
	const terminal = createHeadlessTerminal({cols: 20, rows: 2, ambiguousWide});
	terminal.write(text);
	await flushed(terminal);
	const line = terminal.buffer.active.getLine(0);
	const widths: number[] = [];
	for (let x = 0; x < 20; x++) {
		const cell = line?.getCell(x);
		if (cell && cell.getChars() !== '') {
			widths.push(cell.getWidth());
		}
	}

	terminal.dispose();
	return widths;
};

describe('registerAmbiguousWide', () => {
	test('is active when a terminal is created with ambiguousWide', () => {
		expect(createHeadlessTerminal({cols: 10, rows: 2, ambiguousWide: true}).unicode.activeVersion).toBe(ambiguousWideVersion);
		expect(createHeadlessTerminal({cols: 10, rows: 2}).unicode.activeVersion).toBe('11');
	});

	test.each([
		// Text, widths with ambiguous narrow, widths with ambiguous wide.
		['a…○“', [1, 1, 1, 1], [1, 2, 2, 2]],
		['中文', [2, 2], [2, 2]],
		['😀', [2], [2]],
		// A combining acute accent joins the e before it in both tables.
		['e\u0301x', [1, 1], [1, 1]],
		['α\u0301', [1], [2]],
	])('%j takes %j cells, or %j with ambiguous wide', async (text, narrow, wide) => {
		expect(await cellWidths(text, false)).toEqual(narrow);
		expect(await cellWidths(text, true)).toEqual(wide);
	});
});
