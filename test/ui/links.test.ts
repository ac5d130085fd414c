import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, afterEach, beforeAll, describe, expect, test} from 'vitest';
import {disposeAllTerminals, startTerminal, type TerminalSession} from '../helpers/terminal.js';
import {lineWidthViolations} from '../helpers/line-width.js';

/** One article that links to two pages, one of them twice, and a long URL of its own. */
const articleUrl = 'https://example.com/news/2020/07/20/a-rather-long-slug-that-will-not-fit-on-the-meta-line-of-the-reader';
let folder: string;
let opened: string;

beforeAll(() => {
	folder = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-reader-links-'));
	const corpus = path.join(folder, 'corpus');
	fs.mkdirSync(corpus);
	const body = [
		'<p>据<a href="https://reuters.com/x">路透社</a>报道，香港的局势很紧张。</p>',
		'<p>另见<a href="https://apnews.com/y">美联社的报道</a>和<a href="https://reuters.com/x">路透社</a>。</p>',
		// A link no browser should be sent to: neither numbered nor a hyperlink.
		'<p>另有<a href="file:///etc/passwd">本地文件</a>。</p>',
	].join('');
	fs.writeFileSync(path.join(corpus, 'a.md'), `<!--${Date.UTC(2020, 6, 20, 12)}-->\n[香港新闻](${articleUrl})\n------\n\n${body}\n`);
	// The browser: a script that writes down the URL it was asked to open.
	opened = path.join(folder, 'opened.txt');
	const browser = path.join(folder, 'browser.sh');
	fs.writeFileSync(browser, `#!/bin/sh\nprintf '%s\\n' "$1" >> '${opened}'\n`, {mode: 0o755});
});

afterAll(() => {
	fs.rmSync(folder, {recursive: true, force: true});
});

afterEach(async () => {
	await disposeAllTerminals();
});

const open = async (cols: number, rows: number, env: Record<string, string> = {}): Promise<TerminalSession> => {
	const session = startTerminal({
		args: [path.join(folder, 'corpus')], cols, rows,
		env: {TZ: 'UTC', CORPUS_READER_AMBIGUOUS_WIDTH: 'narrow', CORPUS_READER_CACHE: '0', BROWSER: path.join(folder, 'browser.sh'), CORPUS_READER_HYPERLINKS: '0', ...env},
	});
	await session.waitFor(screen => /1\/1/.test(screen.at(-1) ?? ''));
	return session;
};

describe('links in the reader', () => {
	test.each([[100, 30], [80, 24]])('at %i×%i: [N] marks after the links, the URL cut on one line, the list at the end', async (cols, rows) => {
		const session = await open(cols, rows);
		await session.waitFor('路透社[2]');
		const screen = session.screenText();
		expect(screen).toContain('美联社的报道[3]');
		expect(screen).toContain('另有本地文件。');
		// The meta line's URL: cut with … on one line, with its mark; never wrapped in the middle of the pane.
		const reader = session.screen().map(row => (row.includes('│') ? row.slice(row.indexOf('│') + 1) : row).trim());
		const meta = reader.findIndex(row => /(?:^|· )https:\/\/example\.com\/news\/\S*… \[1\]$/.test(row));
		expect(meta, session.screenText()).toBeGreaterThan(0);
		expect(reader[meta + 1]).toBe('');
		session.write('lG');
		await session.waitFor('链接');
		const end = session.screenText();
		expect(end).toContain('[1] https://example.com/news/');
		expect(end).toContain('[2] https://reuters.com/x');
		expect(end).toContain('[3] https://apnews.com/y');
		// The whole URL is in the list, wrapped under its number: its end too.
		expect(end).toMatch(/^.* {4}.*reader$/m);
		expect(lineWidthViolations(session)).toEqual([]);
	});

	test('3o opens link 3 in the browser, o the article\'s URL; 2y copies link 2 with OSC 52; 7o says there is no such link', async () => {
		const session = await open(100, 30);
		session.write('3o');
		await session.waitFor(screen => (screen.at(-1) ?? '').includes('link 3 opened in the browser'));
		session.write('o');
		await session.waitFor(screen => (screen.at(-1) ?? '').includes('opened in the browser') && !(screen.at(-1) ?? '').includes('link 3'));
		await expect.poll(() => fs.existsSync(opened) ? fs.readFileSync(opened, 'utf8').split('\n').filter(Boolean) : []).toEqual(['https://apnews.com/y', articleUrl]);
		session.write('2y');
		await session.waitFor(screen => (screen.at(-1) ?? '').includes('link 2 copied'));
		expect(session.output()).toContain(`\u001B]52;c;${Buffer.from('https://reuters.com/x').toString('base64')}\u0007`);
		session.write('7o');
		await session.waitFor(screen => (screen.at(-1) ?? '').includes('no link 7: this article has links 1-3'));
	});
});

describe('OSC 8 hyperlinks', () => {
	/** The text each hyperlink to `url` with `id` holds, in the order written. */
	const linkTexts = (output: string, id: number, url: string): string[] => {
		const open = `\u001B]8;id=corpus-reader-${id};${url}\u0007`;
		return output.split(open).slice(1).map(piece => piece.slice(0, piece.indexOf('\u001B')));
	};

	test('with CORPUS_READER_HYPERLINKS=1 links and the URL line are hyperlinks, the lines of one link with one id', async () => {
		const session = await open(100, 30, {CORPUS_READER_HYPERLINKS: '1'});
		await session.waitFor('链接');
		const output = session.output();
		expect(linkTexts(output, 2, 'https://reuters.com/x')).toContain('路透社');
		expect(linkTexts(output, 3, 'https://apnews.com/y')).toContain('美联社的报道');
		// The URL line shows the URL cut, and links to all of it; so does its entry in the list, over two lines.
		const own = linkTexts(output, 1, articleUrl);
		expect(own.some(text => text.startsWith('https://example.com/news/') && text.includes('…'))).toBe(true);
		expect(own.some(text => text.startsWith('[1]'))).toBe(true);
		expect(own.some(text => text.endsWith('meta-line-of-the-reader'))).toBe(true);
		// Every hyperlink is closed on its own line, and none goes anywhere but http(s).
		expect(output.split('\u001B]8;id=').length - 1).toBe(output.split('\u001B]8;;\u0007').length - 1);
		expect(output).not.toContain('file:');
		// The screen reads as without hyperlinks.
		expect(session.screenText()).toContain('据路透社[2]报道');
	});

	test('with CORPUS_READER_HYPERLINKS=0 none is written', async () => {
		const session = await open(100, 30, {CORPUS_READER_HYPERLINKS: '0'});
		await session.waitFor('链接');
		expect(session.output()).not.toContain('\u001B]8;');
	});
});
