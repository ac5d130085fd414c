import process from 'node:process';
import {afterEach, describe, expect, test} from 'vitest';
import {createHeadlessTerminal, flushed} from './headless-screen.js';
import {lineWidthViolations} from './line-width.js';
import {fakeAppPath} from './repo-paths.js';
import {disposeAllTerminals, startTerminal} from './terminal.js';

afterEach(async () => {
	await disposeAllTerminals();
});

const drawn = async (text: string, cols: number, ambiguousWide = false) => {
	const terminal = createHeadlessTerminal({cols, rows: 4, ambiguousWide});
	terminal.write(text);
	await flushed(terminal);
	return {terminal, ambiguousWide};
};

describe('lineWidthViolations', () => {
	test('finds nothing when every line fits', async () => {
		const session = startTerminal({command: [process.execPath, fakeAppPath], cols: 41, rows: 12});
		await session.waitFor('41x12');
		expect(lineWidthViolations(session)).toEqual([]);
	});

	test('reports the soft-wrapped rows of a line wider than the terminal', async () => {
		const session = startTerminal({command: [process.execPath, fakeAppPath, '--overlong'], cols: 40, rows: 12});
		await session.waitFor('40x12');
		const violations = lineWidthViolations(session);
		expect(violations.length).toBeGreaterThan(0);
		expect(violations.every(violation => violation.kind === 'wrapped')).toBe(true);
		expect(violations[0]).toMatchObject({kind: 'wrapped', text: '长'.repeat(20)});
	});

	test('reports a wide character pushed off the last column', async () => {
		// 9 narrow cells leave one column, too narrow for 中, which the terminal moves to the next row.
		const screen = await drawn('123456789中', 10);
		expect(lineWidthViolations(screen)).toEqual([
			{row: 1, kind: 'wrapped', text: '中', detail: 'row 1 continues row 0: the line was wider than 10 columns'},
		]);
	});

	test.each([
		['narrow', false, []],
		['wide', true, ['"…" at column 1: 1 cell(s), string-width 2']],
	])('measures ambiguous characters as %s when told', async (_name, ambiguousWide, details) => {
		const screen = await drawn('a…b', 10);
		const cellViolations = lineWidthViolations(screen, {ambiguousWide}).filter(violation => violation.kind === 'cell-width');
		expect(cellViolations.map(violation => violation.detail)).toEqual(details);
	});

	test('reports text that measures wider than the terminal with ambiguous characters wide', async () => {
		const screen = await drawn('──────────', 10);
		expect(lineWidthViolations(screen).map(violation => violation.kind)).toEqual([]);
		expect(lineWidthViolations(screen, {ambiguousWide: true})[0]).toMatchObject({row: 0, kind: 'too-wide', detail: 'width 20 > 10 columns'});
	});

	test('finds no disagreement when the terminal itself treats ambiguous characters as wide', async () => {
		const screen = await drawn('a…b 中文', 10, true);
		expect(lineWidthViolations(screen)).toEqual([]);
	});
});
