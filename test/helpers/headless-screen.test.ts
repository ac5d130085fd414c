import {describe, expect, test} from 'vitest';
import {createHeadlessTerminal, flushed, visibleRows} from './headless-screen.js';

describe('visibleRows', () => {
	test('gives each visible row once, wide characters once, trailing spaces trimmed', async () => {
		const terminal = createHeadlessTerminal({cols: 12, rows: 3});
		terminal.write('中文 text   \r\n😀 ok');
		await flushed(terminal);
		expect(visibleRows(terminal)).toEqual(['中文 text', '😀 ok', '']);
		terminal.dispose();
	});

	test('shows the bottom of the normal screen once it has scrolled', async () => {
		const terminal = createHeadlessTerminal({cols: 10, rows: 2});
		terminal.write('one\r\ntwo\r\nthree');
		await flushed(terminal);
		expect(visibleRows(terminal)).toEqual(['two', 'three']);
		terminal.dispose();
	});

	test('measures emoji with Unicode 11 widths, as string-width does', async () => {
		const terminal = createHeadlessTerminal({cols: 10, rows: 1});
		// Under the default Unicode 6 table 🤔 takes one cell and x lands in column 2.
		terminal.write('🤔x');
		await flushed(terminal);
		expect(terminal.buffer.active.getLine(0)?.getCell(2)?.getChars()).toBe('x');
		terminal.dispose();
	});
});
