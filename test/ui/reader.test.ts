import fs from 'node:fs';
import path from 'node:path';
import {afterAll, afterEach, beforeAll, describe, expect, test} from 'vitest';
import {disposeAllTerminals, keys, startTerminal, type TerminalSession} from '../helpers/terminal.js';
import {startPipe} from '../helpers/pipe.js';
import {lineWidthViolations} from '../helpers/line-width.js';
import {crashHook, repoRoot} from '../helpers/repo-paths.js';
import {makeCorpus} from './corpus-fixture.js';

const seedHeadline = '习普背靠背通话 拜登再给小泽10亿军援';
const seedLead = '俄乌战场血腥胶着';
let corpus: string;

beforeAll(() => {
	corpus = makeCorpus();
});

afterAll(() => {
	fs.rmSync(corpus, {recursive: true, force: true});
});

afterEach(async () => {
	await disposeAllTerminals();
});

const status = (session: TerminalSession): string => session.screen().at(-1) ?? '';
const open = async (options: Parameters<typeof startTerminal>[0]): Promise<TerminalSession> => {
	const session = startTerminal({env: {TZ: 'UTC', CORPUS_READER_AMBIGUOUS_WIDTH: options?.ambiguousWide ? 'wide' : 'narrow'}, ...options});
	await session.waitFor(screen => /\d+\/\d+/.test(screen.at(-1) ?? ''));
	return session;
};

/** Waits until the program has written nothing for a while: the frame for the last key is complete. */
async function settled(session: TerminalSession): Promise<void> {
	let length = -1;
	while (session.output().length !== length) {
		length = session.output().length;
		await new Promise(resolve => {
			setTimeout(resolve, 150);
		});
	}
}

async function expectRestored(session: TerminalSession, exitCode: number): Promise<void> {
	const exit = await session.waitForExit();
	// The status a shell reports: a hang-up ends the reader by SIGHUP itself (see terminal/screen.ts), which it shows as 129.
	expect(exit.signal === undefined ? exit.exitCode : 128 + exit.signal).toBe(exitCode);
	expect(session.isAlternateScreen()).toBe(false);
	expect(session.cursorVisible()).toBe(true);
	// Nothing of the reader's frame drawn on the restored screen (Ink draws a last frame as it unmounts).
	expect(session.screenText()).not.toContain('q quit');
}

describe('the reader on seeds/', () => {
	test('shows the headline in the list and the lead in the reader, on the alternate screen', async () => {
		const session = await open({cols: 120, rows: 40});
		await session.waitFor(seedLead);
		expect(session.isAlternateScreen()).toBe(true);
		expect(session.screen()[0]).toContain('习普背靠背通话');
		expect(session.screenText()).toContain(seedHeadline);
		expect(lineWidthViolations(session)).toEqual([]);
		session.write('q');
		await expectRestored(session, 0);
	});

	test('no reader line starts with a closing mark', async () => {
		const session = await open({cols: 100, rows: 40});
		const readerColumn = Math.round(100 * 0.4) + 2;
		for (const row of session.screen().slice(0, -1)) {
			expect([...row].length > readerColumn ? row.slice(row.indexOf('│') + 2) : '').not.toMatch(/^[，。、：；！？”）》]/);
		}
	});
});

describe('keys', () => {
	test('j, k, PgDn, G and g move the selection', async () => {
		const session = await open({args: [corpus], cols: 120, rows: 30});
		expect(status(session)).toMatch(/^ ?1\/40/);
		session.write('j');
		await session.waitFor(screen => / 2\/40/.test(screen.at(-1) ?? ''));
		expect(session.screenText()).toContain('第2篇第1段');
		session.write(keys.pageDown);
		await session.waitFor(screen => / 31\/40/.test(screen.at(-1) ?? ''));
		session.write('G');
		await session.waitFor(screen => / 40\/40/.test(screen.at(-1) ?? ''));
		session.write('g');
		await session.waitFor(screen => / 1\/40/.test(screen.at(-1) ?? ''));
		// `k` at the top stays there: the `j` after it lands on 2 (it would stay on 40 had `k` wrapped round).
		session.write('k');
		session.write('j');
		await session.waitFor(screen => / 2\/40/.test(screen.at(-1) ?? ''));
	});

	test('Tab switches to the reader, where Space pages and the position moves', async () => {
		const session = await open({args: [corpus], cols: 120, rows: 30});
		session.write(keys.tab);
		await session.waitFor(screen => (screen.at(-1) ?? '').includes('reader'));
		const before = session.screenText();
		session.write(' ');
		// Background work (checking files, indexing text) changes the status bar too: wait for the page itself.
		await session.waitFor(screen => screen.join('\n') !== before && !screen.join('\n').includes('导语1') && /\d+%|end/.test(screen.at(-1) ?? ''));
		expect(session.screenText()).not.toContain('导语1');
		session.write(']');
		await session.waitFor('导语2');
		session.write(keys.escape);
		await session.waitFor(screen => (screen.at(-1) ?? '').includes('list'));
	});

	test('/ filters as you type; Enter keeps the filter and shows the first hit; Esc clears it', async () => {
		const session = await open({args: [corpus], cols: 120, rows: 30});
		session.write('/');
		await session.waitFor(screen => (screen.at(-1) ?? '').startsWith('/'));
		session.write('香');
		await session.waitFor(screen => screen.join('\n').includes('第3篇文章'));
		session.write('港');
		session.write(keys.enter);
		await session.waitFor(screen => /\/香港: 1 found/.test(screen.at(-1) ?? '') && /hit 1\/\d/.test(screen.at(-1) ?? ''));
		expect(session.screen().filter(row => row.includes('第1篇文章'))).toEqual([]);
		session.write(keys.escape);
		await session.waitFor(screen => !(screen.at(-1) ?? '').includes('found'));
		expect(session.screenText()).toContain('第1篇文章');
	});

	test('? shows the help from the key map, Esc closes it', async () => {
		const session = await open({args: [corpus], cols: 120, rows: 40});
		session.write('?');
		await session.waitFor('corpus-reader keys');
		expect(session.screenText()).toContain('show only unread articles');
		session.write(keys.escape);
		await session.waitFor(screen => !screen.join('\n').includes('corpus-reader keys'));
	});

	test('at 80×24 the help scrolls, says where it is, and q closes it without quitting', async () => {
		const session = await open({args: [corpus], cols: 80, rows: 24});
		session.write('?');
		await session.waitFor(screen => /^ help {2}lines 1-23\/\d+ {2}top/.test(screen.at(-1) ?? ''));
		expect(session.screenText()).not.toContain('quit at once');
		session.write('G');
		await session.waitFor(screen => /lines \d+-(\d+)\/\1 {2}end/.test(screen.at(-1) ?? '') && screen.join('\n').includes('quit at once'));
		expect(session.screenText()).not.toContain('corpus-reader keys');
		session.write('k');
		await session.waitFor(screen => /lines \d+-\d+\/\d+ {2}\d+%/.test(screen.at(-1) ?? ''));
		session.write(' ');
		await session.waitFor(screen => / end/.test(screen.at(-1) ?? ''));
		session.write('g');
		await session.waitFor(screen => / top/.test(screen.at(-1) ?? '') && screen.join('\n').includes('corpus-reader keys'));
		expect(lineWidthViolations(session)).toEqual([]);
		session.write('q');
		await session.waitFor(screen => / 1\/40/.test(screen.at(-1) ?? ''));
		expect(session.isAlternateScreen()).toBe(true);
		expect(session.exit()).toBeUndefined();
		session.write('q');
		await expectRestored(session, 0);
	});

	test('a count prefix: 5j moves five, 12G goes to article 12, and the count shows as it is typed', async () => {
		const session = await open({args: [corpus], cols: 100, rows: 30});
		session.write('5j');
		await session.waitFor(screen => / 6\/40/.test(screen.at(-1) ?? ''));
		session.write('12');
		await session.waitFor(screen => /^ 6\/40 {2}12 /.test(screen.at(-1) ?? ''));
		session.write('G');
		await session.waitFor(screen => /^ 12\/40 /.test(screen.at(-1) ?? ''));
		expect(session.screenText()).toContain('第12篇文章');
	});

	test(':20 goes to article 20; :2020-07-01 to the first article of that day; Esc cancels the line', async () => {
		const session = await open({args: [corpus], cols: 100, rows: 30});
		session.write(':');
		await session.waitFor(screen => (screen.at(-1) ?? '').startsWith(':'));
		session.write('20\r');
		await session.waitFor(screen => /^ 20\/40 /.test(screen.at(-1) ?? ''));
		// Articles 1 to 16 are of 2 July (UTC), 17 to 40 of 1 July.
		session.write(':2020-07-01\r');
		await session.waitFor(screen => /^ 17\/40 /.test(screen.at(-1) ?? ''));
		session.write(':5');
		await session.waitFor(screen => (screen.at(-1) ?? '').startsWith(':5'));
		session.write(keys.escape);
		await session.waitFor(screen => /^ 17\/40 /.test(screen.at(-1) ?? ''));
	});

	test('Esc and a key typed together are two keys: the search line closes, then j moves', async () => {
		const session = await open({args: [corpus], cols: 100, rows: 30});
		session.write('/香');
		await session.waitFor(screen => /^\/香\s+1 found/.test(screen.at(-1) ?? ''));
		// One write, so the reader reads them at once, as it does when they are typed fast.
		session.write('\u001Bj');
		await session.waitFor(screen => /^ 2\/40 /.test(screen.at(-1) ?? ''));
		session.write(keys.tab);
		await session.waitFor(screen => (screen.at(-1) ?? '').includes('reader'));
		session.write('\u001Bk');
		await session.waitFor(screen => /^ 1\/40 .* list /.test(screen.at(-1) ?? ''));
	});

	test('resizing from 120×40 to 60×20 stacks the panes and keeps the article', async () => {
		const session = await open({args: [corpus], cols: 120, rows: 40});
		session.write('jj');
		await session.waitFor(screen => / 3\/40/.test(screen.at(-1) ?? ''));
		session.resize(60, 20);
		await session.waitFor(screen => screen.some(row => /^─{20,}/.test(row)));
		expect(status(session)).toMatch(/ 3\/40/);
		expect(session.screenText()).toContain('第3篇文章');
		expect(lineWidthViolations(session)).toEqual([]);
	});

	test('a terminal too small gets a one-line message', async () => {
		const session = startTerminal({args: [corpus], cols: 20, rows: 6, env: {CORPUS_READER_AMBIGUOUS_WIDTH: 'narrow'}});
		await session.waitFor('Too small (20×6)');
	});
});

describe('quitting restores the terminal', () => {
	test.each([
		['q', 'q', 0],
		['Ctrl-C', keys.ctrlC, 130],
	])('with %s', async (_name, key, code) => {
		const session = await open({args: [corpus]});
		session.write(key);
		await expectRestored(session, code);
	});

	test.each([
		['SIGTERM', 143],
		['SIGHUP', 129],
	] as const)('on %s', async (signal, code) => {
		const session = await open({args: [corpus]});
		session.kill(signal);
		await expectRestored(session, code);
	});

	test('on a crash while rendering, with a one-line error', async () => {
		const session = await open({args: [corpus], env: {...crashHook('render'), CORPUS_READER_AMBIGUOUS_WIDTH: 'narrow'}});
		session.write(keys.tab);
		await expectRestored(session, 1);
		expect(session.screenText()).toContain('test crash while rendering');
	});
});

describe('printing', () => {
	test('P leaves the alternate screen and prints the article into the scrollback; p is only the previous article', async () => {
		const session = await open({args: [corpus]});
		session.write('jj');
		await session.waitFor(screen => / 3\/40/.test(screen.at(-1) ?? ''));
		session.write('p');
		await session.waitFor(screen => / 2\/40/.test(screen.at(-1) ?? ''));
		expect(session.isAlternateScreen()).toBe(true);
		session.write('P');
		await expectRestored(session, 0);
		const output = session.output();
		const printed = output.slice(output.lastIndexOf('\u001B[?1049l'));
		expect(printed).toContain('第2篇文章的标题');
		expect(printed).toContain('导语2');
		expect(session.screenText()).toContain('第2篇第12段');
	});

	test('with stdout piped, the reader draws on the terminal and Enter writes the article out', async () => {
		const session = startPipe({args: [corpus], env: {CORPUS_READER_AMBIGUOUS_WIDTH: 'narrow', TZ: 'UTC'}});
		await session.waitFor(screen => / 1\/40/.test(screen.at(-1) ?? ''));
		session.write('j');
		await session.waitFor(screen => / 2\/40/.test(screen.at(-1) ?? ''));
		session.write(keys.enter);
		const exit = await session.waitForExit();
		expect(exit.exitCode).toBe(0);
		const output = session.readOutput();
		expect(output.startsWith('第2篇文章的标题：北京新闻与“引号”测试')).toBe(true);
		expect(output).toContain('导语2');
		expect(output).not.toContain('\u001B');
	});

	test('drawing on /dev/tty beside a pipe, it follows a resize of the terminal', async () => {
		const session = startPipe({args: [corpus], cols: 100, rows: 30, env: {CORPUS_READER_AMBIGUOUS_WIDTH: 'narrow', TZ: 'UTC'}});
		await session.waitFor(screen => / 1\/40/.test(screen.at(-1) ?? ''));
		session.resize(120, 40);
		await session.waitFor(screen => screen.length === 40 && / 1\/40/.test(screen.at(-1) ?? ''));
		session.write('q');
		expect((await session.waitForExit()).exitCode).toBe(0);
	});
});

describe('every line fits, cell by cell', () => {
	const shared = path.resolve(repoRoot, '../shared/corpus/articles');
	test.each([
		[120, 40, false], [100, 30, true], [80, 24, false], [60, 20, true], [45, 15, false],
	])('at %i×%i, ambiguous wide: %s', async (cols, rows, ambiguousWide) => {
		const source = fs.existsSync(shared) ? shared : corpus;
		const session = await open({args: [source], cols, rows, ambiguousWide});
		for (const key of ['', 'jjjj', keys.tab, ' ', ']', keys.pageDown, '?']) {
			session.write(key);
			await settled(session);
			expect(lineWidthViolations(session)).toEqual([]);
		}
	});
});

describe('the ambiguous width, asked of the terminal', () => {
	test.each([
		[false, '│'],
		[true, '|'],
	])('a terminal that draws “ wide (%s) gets panes ruled with %s', async (ambiguousWide, rule) => {
		const session = startTerminal({args: [corpus], cols: 120, rows: 30, ambiguousWide, env: {TZ: 'UTC', CORPUS_READER_AMBIGUOUS_WIDTH: undefined}});
		await session.waitFor(screen => /\d+\/\d+/.test(screen.at(-1) ?? ''));
		expect(session.screen()[0]).toContain(rule);
		expect(lineWidthViolations(session)).toEqual([]);
	});
});

describe('Ctrl-Z', () => {
	test('without a job-control shell, the reader carries on and redraws', async () => {
		const session = await open({args: [corpus], cols: 100, rows: 30});
		session.write('\u001A');
		await session.waitFor(screen => / 1\/40/.test(screen.at(-1) ?? '') && session.isAlternateScreen());
		session.write('j');
		await session.waitFor(screen => / 2\/40/.test(screen.at(-1) ?? ''));
	});

	/** The reader under an interactive bash (job control), stopped with Ctrl-Z: bash says Stopped. */
	async function stoppedUnderBash(): Promise<TerminalSession> {
		const session = startTerminal({command: ['bash', '--norc', '-i'], cols: 100, rows: 30, env: {PS1: '$ ', TZ: 'UTC', CORPUS_READER_AMBIGUOUS_WIDTH: 'narrow'}});
		await session.waitFor('$');
		session.write(`"${process.execPath}" dist/cli.js "${corpus}"\r`);
		await session.waitFor(screen => / 1\/40/.test(screen.at(-1) ?? ''));
		session.write('\u001A');
		await session.waitFor(screen => screen.some(row => /Stopped/.test(row)) && !session.isAlternateScreen());
		return session;
	}

	test('under a shell, it stops the reader and fg brings it back', async () => {
		const session = await stoppedUnderBash();
		session.write('fg\r');
		await session.waitFor(screen => / 1\/40/.test(screen.at(-1) ?? ''));
		expect(session.isAlternateScreen()).toBe(true);
		session.write('q');
		await session.waitFor(screen => !session.isAlternateScreen() && screen.some(row => row.startsWith('$')));
		session.write('exit\r');
	});

	test('a resize while stopped is seen on fg', async () => {
		const session = await stoppedUnderBash();
		session.resize(120, 40);
		session.write('fg\r');
		// The status bar on the last of 40 rows: the frame is laid out for the new size, not the old 30 rows.
		await session.waitFor(screen => screen.length === 40 && / 1\/40/.test(screen.at(-1) ?? '') && session.isAlternateScreen());
		session.write('q');
		await session.waitFor(screen => !session.isAlternateScreen() && screen.some(row => row.startsWith('$')));
		session.write('exit\r');
	});
});

test('TERM=dumb: no full-screen drawing; the list is printed, and stderr says why', async () => {
	// node-pty sets TERM from the terminal's name, so it is set again on the way in.
	const session = startTerminal({command: ['/usr/bin/env', 'TERM=dumb', process.execPath, path.join(repoRoot, 'dist', 'cli.js')], args: [corpus], cols: 100, rows: 30, env: {TZ: 'UTC'}});
	const exit = await session.waitForExit();
	expect(exit.exitCode).toBe(0);
	const output = session.output();
	expect(output).toContain('terminal is not fully functional');
	expect(output).toMatch(/^1\t2020-07-02 15:00\t/m);
	expect(output.includes('\u001B')).toBe(false);
	expect(output).not.toContain('\u001B[?1049h');
});

describe('a paste (bracketed, as the terminal marks it)', () => {
	test('is one edit of the search line: its newline does not submit, its letters are not keys', async () => {
		const session = await open({args: [corpus], cols: 100, rows: 30});
		expect(session.output()).toContain('\u001B[?2004h');
		session.write('/');
		await session.waitFor(screen => (screen.at(-1) ?? '').startsWith('/'));
		session.write('\u001B[200~香港\no\u001B[201~');
		await session.waitFor(screen => /^\/香港 o\s+\d+ found/.test(screen.at(-1) ?? ''));
		// Still on the search line: keys typed now edit it.
		session.write('\u007F\u007F');
		await session.waitFor(screen => /^\/香港\s+1 found/.test(screen.at(-1) ?? ''));
		session.write('\u001B');
		await session.waitFor(screen => / 1\/40/.test(screen.at(-1) ?? ''));
		// Outside the search line a paste does nothing: `q` pasted does not quit.
		session.write('\u001B[200~qq\u001B[201~j');
		await session.waitFor(screen => / 2\/40/.test(screen.at(-1) ?? ''));
		session.write('q');
		await expectRestored(session, 0);
		expect(session.output().slice(session.output().lastIndexOf('\u001B[?2004h'))).toContain('\u001B[?2004l');
	});
});
