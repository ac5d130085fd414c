import {describe, expect, test} from 'vitest';
import {trackCursorVisibility} from './cursor-visibility.js';
import {createHeadlessTerminal, flushed} from './headless-screen.js';

describe('trackCursorVisibility', () => {
	test.each([
		['', true],
		['\u001B[?25l', false],
		['\u001B[?25l\u001B[?25h', true],
		['\u001B[?1049;25l', false],
		['\u001B[?25lx\u001B[?1049h', false],
		['\u001B[?25l\u001Bc', true],
		['\u001B[?25l\u001B[!p', true],
		['\u001B[25l', true],
	])('after %j the cursor is shown: %s', async (output, expected) => {
		const terminal = createHeadlessTerminal({cols: 10, rows: 2});
		const visible = trackCursorVisibility(terminal);
		terminal.write(output);
		await flushed(terminal);
		expect(visible()).toBe(expected);
		terminal.dispose();
	});
});
