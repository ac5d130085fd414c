/**
The reader pane's typography on a real screen (a pseudo-terminal read through xterm.js): the text's
width and place (an even width, the measure, centred), and that its lines are `print --width`'s.
*/
import {execFile} from 'node:child_process';
import {promisify} from 'node:util';
import stringWidth from 'string-width';
import {afterEach, describe, expect, test} from 'vitest';
import {disposeAllTerminals, startTerminal, type TerminalSession} from '../helpers/terminal.js';
import {lineWidthViolations} from '../helpers/line-width.js';
import {cliPath, repoRoot} from '../helpers/repo-paths.js';

const run = promisify(execFile);
const environment = {TZ: 'UTC', CORPUS_READER_AMBIGUOUS_WIDTH: 'narrow'};

afterEach(async () => {
	await disposeAllTerminals();
});

async function open(options: Parameters<typeof startTerminal>[0]): Promise<TerminalSession> {
	const session = startTerminal({...options, env: {...environment, ...options?.env}});
	await session.waitFor(screen => /\d+\/\d+/.test(screen.at(-1) ?? '') && screen.some(row => row.includes('俄乌战场')));
	return session;
}

/** The reader pane's rows (side by side: right of the separator), the column its text starts at, and its lines. */
function readerPane(session: TerminalSession): {left: number; lines: string[]} {
	const rows = session.screen().slice(0, -1).map(row => row.slice(row.indexOf('│') + 1));
	const left = Math.min(...rows.filter(row => row.trim() !== '').map(row => row.length - row.trimStart().length));
	return {left, lines: rows.map(row => row.slice(left).trimEnd())};
}

async function printed(width: number): Promise<string[]> {
	const {stdout} = await run(process.execPath, [cliPath, 'print', '--width', String(width)], {cwd: repoRoot, env: {...process.env, ...environment}});
	return stdout.split('\n');
}

describe('the text width and the measure', () => {
	test.each([
		// Terminal, options → where the text starts after the separator, its width.
		[{cols: 101, rows: 30}, {}, 1, 58],
		[{cols: 200, rows: 50}, {}, 19, 80],
		[{cols: 200, rows: 50}, {args: ['--measure', '30']}, 29, 60],
		[{cols: 200, rows: 50}, {env: {CORPUS_READER_MEASURE: '0'}}, 1, 116],
	])('%o %o: the text starts at column %i of the pane, %i wide, and its lines are print --width\'s', async (size, options, left, width) => {
		const session = await open({...size, ...options});
		const pane = readerPane(session);
		expect(pane.left).toBe(left);
		// Its Chinese lines fill it: the widest line is exactly as wide.
		expect(Math.max(...pane.lines.map(line => stringWidth(line)))).toBe(width);
		const print = await printed(width);
		expect(pane.lines).toEqual(print.slice(0, pane.lines.length));
		expect(lineWidthViolations(session)).toEqual([]);
	});
});
