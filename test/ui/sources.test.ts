import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {afterAll, afterEach, beforeAll, describe, expect, test} from 'vitest';
import {disposeAllTerminals, keys, startTerminal, type TerminalSession} from '../helpers/terminal.js';
import {cliPath, repoRoot} from '../helpers/repo-paths.js';

// The sources view and the duplicates as a person meets them: in the built reader, keys in, screen out.

let folder: string;

/** An article file: a date (July 2020, day `day`), a headline, a URL and a body. */
const article = (day: number, headline: string, url: string, body: string): string =>
	`<!--${Date.UTC(2020, 6, day, 12)}-->\n[${headline}](${url})\n------\n\n<p>${body}</p>\n`;

beforeAll(() => {
	folder = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-reader-sources-'));
	const write = (name: string, text: string): void => {
		fs.mkdirSync(path.dirname(path.join(folder, name)), {recursive: true});
		fs.writeFileSync(path.join(folder, name), text);
	};

	write('a/BBC/1.md', article(20, '英国宣布禁用华为', 'https://www.bbc.com/zhongwen/simp/a-1', '英国政府宣布。'));
	write('a/BBC/2.md', article(19, '香港局势', 'https://www.bbc.com/zhongwen/simp/a-2', '香港的局势。'));
	write('a/法广/3.md', article(18, '法国总统讲话', 'https://www.rfi.fr/cn/a-3', '法国总统说。'));
	// Two of them again: a copy of the archive, known by their URLs.
	write('b/BBC/1.md', article(20, '英国宣布禁用华为', 'https://www.bbc.com/zhongwen/simp/a-1', '英国政府宣布。'));
	write('b/法广/3.md', article(18, '法国总统讲话', 'https://www.rfi.fr/cn/a-3', '法国总统说。'));
});

afterAll(() => {
	fs.rmSync(folder, {recursive: true, force: true});
});

afterEach(async () => {
	await disposeAllTerminals();
});

const env = {TZ: 'UTC', CORPUS_READER_AMBIGUOUS_WIDTH: 'narrow', CORPUS_READER_CACHE: '0'};
const status = (session: TerminalSession): string => session.screen().at(-1) ?? '';

async function open(cols: number, rows: number): Promise<TerminalSession> {
	const session = startTerminal({args: [folder], cols, rows, env});
	await session.waitFor(screen => /\d+\/\d+/.test(screen.at(-1) ?? ''));
	return session;
}

describe('duplicates', () => {
	test('are hidden, the status bar counts them, = shows them marked = and hides them again', async () => {
		const session = await open(100, 30);
		await session.waitFor(screen => (screen.at(-1) ?? '').includes('2 duplicates hidden (=)'));
		expect(status(session)).toMatch(/^ 1\/3 /);
		session.write('=');
		await session.waitFor(screen => /^ 1\/5 /.test(screen.at(-1) ?? ''));
		expect(status(session)).toContain('duplicates shown');
		expect(session.screen().filter(row => /^ =/.test(row))).toHaveLength(2);
		session.write('=');
		await session.waitFor(screen => /^ 1\/3 /.test(screen.at(-1) ?? ''));
	});

	test('list hides them, list --all shows them, with their numbers in the whole list', () => {
		const list = (...args: string[]): string[] => execFileSync(process.execPath, [cliPath, 'list', ...args, folder], {cwd: repoRoot, env: {...process.env, ...env}, encoding: 'utf8'}).trim().split('\n');
		const shown = list();
		expect(shown).toHaveLength(3);
		const all = list('--all');
		expect(all).toHaveLength(5);
		for (const line of shown) {
			expect(all).toContain(line);
		}

		const search = execFileSync(process.execPath, [cliPath, 'search', '--count', '英国', folder], {cwd: repoRoot, env: {...process.env, ...env}, encoding: 'utf8'});
		expect(search).toBe('1\n');
	});
});

describe('the sources view', () => {
	test.each([[100, 30], [80, 24]])('at %i×%i: c lists the sources with their counts, Enter filters the list, Esc goes back', async (cols, rows) => {
		const session = await open(cols, rows);
		session.write('c');
		await session.waitFor(screen => (screen.at(-1) ?? '').includes('source 1/2'));
		const screen = session.screen();
		expect(screen[0]).toMatch(/source +articles +unread +newest +per month since 2020-07/);
		// Most articles first; the copies hidden are not counted; every one unread; the newest date; one month of bars.
		expect(screen[1]).toMatch(/^>BBC +2 +2 +2020-07-20 +█ *$/);
		expect(screen[2]).toMatch(/^ 法广 +1 +1 +2020-07-18 +█ *$/);
		session.write('j');
		await session.waitFor(screen => (screen.at(-1) ?? '').includes('source 2/2'));
		session.write(keys.enter);
		await session.waitFor(screen => (screen.at(-1) ?? '').includes('/source:"法广": 1 found'));
		expect(session.screenText()).toContain('法国总统讲话');
		expect(session.screenText()).not.toContain('香港局势');
		// Back in the view, q closes it and does not quit.
		session.write('c');
		await session.waitFor(screen => (screen.at(-1) ?? '').includes('source 2/2'));
		session.write('q');
		await session.waitFor(screen => (screen.at(-1) ?? '').includes('/source:"法广": 1 found'));
		session.write(keys.escape);
		await session.waitFor(screen => /^ \d\/3 /.test(screen.at(-1) ?? ''));
		expect(session.screenText()).toContain('香港局势');
	});

	test(':sources opens it; after r, the unread count is one less', async () => {
		const session = await open(100, 30);
		session.write('r');
		await session.waitFor(screen => (screen.at(-1) ?? '').includes('marked read'));
		session.write(':sources');
		session.write(keys.enter);
		await session.waitFor(screen => (screen.at(-1) ?? '').includes('source 1/2'));
		expect(session.screen()[1]).toMatch(/^>BBC +2 +1 /);
	});
});
