import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {afterAll, afterEach, beforeAll, beforeEach, describe, expect, test} from 'vitest';
import {disposeAllTerminals, keys, startTerminal, type TerminalSession} from '../helpers/terminal.js';
import {cliPath, repoRoot} from '../helpers/repo-paths.js';
import {makeCorpus} from './corpus-fixture.js';

// The reading state as a person meets it: read, star, quit, come back; the files it leaves on disk.

let corpus: string;
let home: string;
let stateDir: string;

beforeAll(() => {
	corpus = makeCorpus();
});

afterAll(() => {
	fs.rmSync(corpus, {recursive: true, force: true});
});

beforeEach(() => {
	home = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-reader-reading-'));
	stateDir = path.join(home, 'state');
});

afterEach(async () => {
	await disposeAllTerminals();
	fs.rmSync(home, {recursive: true, force: true});
});

/** The suite keeps no reading state (vitest.config.ts); these tests keep it in a folder of their own. */
const stateEnv = (): Record<string, string> => ({CORPUS_READER_STATE: '', CORPUS_READER_STATE_DIR: stateDir, TZ: 'UTC', CORPUS_READER_AMBIGUOUS_WIDTH: 'narrow'});

const status = (session: TerminalSession): string => session.screen().at(-1) ?? '';

async function open(folder = corpus, env: Record<string, string> = stateEnv()): Promise<TerminalSession> {
	const session = startTerminal({args: [folder], cols: 100, rows: 30, env});
	await session.waitFor(screen => /\d+\/\d+/.test(screen.at(-1) ?? ''));
	return session;
}

async function quit(session: TerminalSession): Promise<void> {
	session.write('q');
	expect((await session.waitForExit()).exitCode).toBe(0);
}

/** `corpus-reader ARGS` with the reading state of these tests. */
const cli = (args: readonly string[], env: Record<string, string> = stateEnv()): string =>
	execFileSync(process.execPath, [cliPath, ...args], {cwd: repoRoot, env: {...process.env, ...env}, encoding: 'utf8'});

/** The reader pane's part of the screen: right of the divider. */
const readerPane = (session: TerminalSession): string[] => session.screen().slice(0, -1).map(row => row.slice(row.indexOf('│') + 1));

/** The list row of the article with this number, as drawn. */
const listRow = (session: TerminalSession, n: number): number => session.screen().findIndex(row => row.includes(`第${n}篇文章`));

/** Whether the cells of a screen row's headline are drawn dim, and bold (read rows dim, unread headlines bold). */
function rowLooks(session: TerminalSession, row: number): {dim: boolean; bold: boolean} {
	const line = session.terminal.buffer.active.getLine(row);
	const text = session.screen()[row] ?? '';
	const cell = line?.getCell(text.indexOf('第'));
	return {dim: Boolean(cell?.isDim()), bold: Boolean(cell?.isBold())};
}

describe('what was read, starred and where reading stopped is there on relaunch', () => {
	test('the article, its position, its star and its read mark', async () => {
		const first = await open();
		// Article 6, into the reader (read), two pages down, starred.
		first.write('5j');
		await first.waitFor(screen => / 6\/40/.test(screen.at(-1) ?? ''));
		first.write('\t');
		await first.waitFor(screen => /reader/.test(screen.at(-1) ?? ''));
		first.write(keys.pageDown);
		await first.waitFor(screen => !/ top |all/.test(screen.at(-1) ?? '') && readerPane(first).some(row => row.includes('第6篇第5段')));
		first.write(keys.pageDown);
		await first.waitFor(() => readerPane(first).some(row => row.includes('第6篇第9段')));
		first.write('s');
		await first.waitFor(screen => /starred/.test(screen.at(-1) ?? ''));
		const pane = readerPane(first);
		const where = /\d+%/.exec(status(first))?.[0];
		await quit(first);
		expect(fs.statSync(path.join(stateDir, 'state.sqlite')).mode & 0o777).toBe(0o600);

		const second = await open();
		await second.waitFor(screen => / 6\/40/.test(screen.at(-1) ?? '') && (screen.at(-1) ?? '').includes(where ?? '?'));
		expect(readerPane(second)).toEqual(pane);
		const six = listRow(second, 6);
		expect(second.screen()[six]).toMatch(/^>\*/);
		// Article 5 was passed over, never opened: unread, bold. Moving off 6 shows it dim, as read.
		expect(rowLooks(second, listRow(second, 5))).toEqual({dim: false, bold: true});
		second.write('k');
		await second.waitFor(screen => / 5\/40/.test(screen.at(-1) ?? ''));
		expect(rowLooks(second, listRow(second, 6)).dim).toBe(true);
		expect(second.screen()[listRow(second, 6)]).toMatch(/^ \*/);
		await quit(second);

		// The command line says the same.
		const listed = cli(['list', '--json', corpus]).trim().split('\n').map(line => JSON.parse(line) as {n: number; read: boolean; starred: boolean});
		expect(listed.filter(article => article.read).map(article => article.n)).toEqual([6]);
		expect(listed.filter(article => article.starred).map(article => article.n)).toEqual([6]);
		expect(cli(['list', '--starred', corpus]).trim().split('\n').map(line => line.split('\t')[0])).toEqual(['6']);
		const unread = cli(['list', '--unread', corpus]).trim().split('\n').map(line => Number(line.split('\t')[0]));
		expect(unread).toHaveLength(39);
		expect(unread).not.toContain(6);
		expect(JSON.parse(cli(['print', '--format', 'json', '--pick', '6', corpus]))).toMatchObject({read: true, starred: true});
		expect(cli(['search', '--count', 'is:starred', corpus]).trim()).toBe('1');
	});

	test('keyed by URL, not path: a moved archive keeps its marks', async () => {
		const session = await open();
		session.write('j\t');
		await session.waitFor(screen => / 2\/40 .*reader/.test(screen.at(-1) ?? ''));
		await quit(session);
		const moved = path.join(home, 'moved');
		fs.cpSync(corpus, moved, {recursive: true});
		const listed = cli(['list', '--json', moved]).trim().split('\n').map(line => JSON.parse(line) as {n: number; read: boolean});
		expect(listed.filter(article => article.read).map(article => article.n)).toEqual([2]);
	});

	test('the filter and the searches typed come back, and ↑ recalls them', async () => {
		const first = await open();
		first.write('/香港\r');
		await first.waitFor(screen => /\/香港: 1 found/.test(screen.at(-1) ?? ''));
		await quit(first);
		const second = await open();
		await second.waitFor(screen => /\/香港: 1 found/.test(screen.at(-1) ?? ''));
		second.write('\u001B');
		await second.waitFor(screen => / 3\/40/.test(screen.at(-1) ?? ''));
		second.write('/');
		second.write(keys.up);
		await second.waitFor(screen => /^\/香港/.test(screen.at(-1) ?? ''));
		second.write('\u001B');
		await quit(second);
	});

	test('r, A, U and n: marks by key, only unread shown, the next unread', async () => {
		const session = await open();
		session.write('r');
		await session.waitFor(screen => /marked read/.test(screen.at(-1) ?? ''));
		session.write('r');
		await session.waitFor(screen => /marked unread/.test(screen.at(-1) ?? ''));
		session.write('jj\t\t');
		await session.waitFor(screen => / 3\/40 .*list/.test(screen.at(-1) ?? ''));
		session.write('g');
		await session.waitFor(screen => / 1\/40/.test(screen.at(-1) ?? ''));
		// 3 was read: n from 2 goes to 4.
		session.write('jn');
		await session.waitFor(screen => / 4\/40/.test(screen.at(-1) ?? ''));
		session.write('U');
		await session.waitFor(screen => /\/is:unread: 39 found/.test(screen.at(-1) ?? ''));
		session.write('A');
		await session.waitFor(screen => /39 articles marked read/.test(screen.at(-1) ?? ''));
		session.write('U');
		await session.waitFor(screen => / \d+\/40/.test(screen.at(-1) ?? '') && !/is:unread/.test(screen.at(-1) ?? ''));
		await quit(session);
		expect(cli(['list', '--unread', corpus])).toBe('');
	});
});

describe('the state file', () => {
	test('a damaged one is set aside with one line on stderr, and reading goes on', async () => {
		fs.mkdirSync(stateDir, {recursive: true});
		fs.writeFileSync(path.join(stateDir, 'state.sqlite'), 'garbage that is somebody\'s data');
		const session = await open();
		expect(session.output()).toMatch(/corpus-reader: the reading state could not be used \(.+\): set aside as .+\.unusable-[\dT-]+, starting a new one/);
		session.write('s');
		await session.waitFor(screen => /starred/.test(screen.at(-1) ?? ''));
		await quit(session);
		const names = fs.readdirSync(stateDir);
		const aside = names.find(name => name.startsWith('state.sqlite.unusable-'));
		expect(aside).toBeDefined();
		expect(fs.readFileSync(path.join(stateDir, aside ?? ''), 'utf8')).toBe('garbage that is somebody\'s data');
		expect(cli(['list', '--starred', corpus]).split('\t')[0]).toBe('1');
	});

	test('kill -9 loses nothing already marked', async () => {
		const session = await open();
		session.write('s');
		await session.waitFor(screen => /starred/.test(screen.at(-1) ?? ''));
		session.kill('SIGKILL');
		await session.waitForExit();
		expect(cli(['list', '--starred', corpus]).split('\t')[0]).toBe('1');
	});

	test('two readers at once both keep their changes', async () => {
		const one = await open();
		const two = await open();
		one.write('s');
		await one.waitFor(screen => /starred/.test(screen.at(-1) ?? ''));
		two.write('j');
		await two.waitFor(screen => / 2\/40/.test(screen.at(-1) ?? ''));
		two.write('s');
		await two.waitFor(screen => /starred/.test(screen.at(-1) ?? ''));
		await quit(one);
		await quit(two);
		expect(cli(['list', '--starred', corpus]).trim().split('\n').map(line => line.split('\t')[0])).toEqual(['1', '2']);
	});

	test('CORPUS_READER_STATE=0 keeps nothing: no file, and the next run starts afresh', async () => {
		const env = {...stateEnv(), CORPUS_READER_STATE: '0'};
		const session = await open(corpus, env);
		session.write('5j\ts');
		await session.waitFor(screen => /starred/.test(screen.at(-1) ?? ''));
		await quit(session);
		expect(fs.existsSync(stateDir)).toBe(false);
		const again = await open(corpus, env);
		expect(status(again)).toMatch(/ 1\/40/);
		await quit(again);
	});
});
