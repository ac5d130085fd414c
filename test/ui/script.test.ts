import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, afterEach, beforeAll, describe, expect, test} from 'vitest';
import {disposeAllTerminals, keys, startTerminal, type TerminalSession} from '../helpers/terminal.js';
import {lineWidthViolations} from '../helpers/line-width.js';

let folder: string;

beforeAll(() => {
	folder = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-reader-script-'));
	const write = (name: string, ms: number, headline: string, body: string): void => {
		fs.writeFileSync(path.join(folder, name), `<!--${ms}-->\n[${headline}](https://example.com/${name})\n------\n\n${body}\n`);
	};

	write('a.md', Date.UTC(2020, 6, 20, 12), '中美关系紧张 头发发展', '<p>中美关系很复杂，软件里的问题也很多。</p>');
	write('b.md', Date.UTC(2020, 6, 19, 12), '臺灣選舉結果', '<p>這是繁體字的文章，兩岸關係很好。</p>');
});

afterAll(() => {
	fs.rmSync(folder, {recursive: true, force: true});
});

afterEach(async () => {
	await disposeAllTerminals();
});

const status = (session: TerminalSession): string => session.screen().at(-1) ?? '';

describe('t cycles the text between as written, Simplified and Traditional', () => {
	test.each([[100, 30], [80, 24]])('at %i×%i: the reader and the list follow; search finds either form', async (cols, rows) => {
		const session = startTerminal({args: [folder], cols, rows, env: {TZ: 'UTC', CORPUS_READER_AMBIGUOUS_WIDTH: 'narrow', CORPUS_READER_CACHE: '0'}});
		await session.waitFor('中美关系很复杂');
		expect(session.screenText()).toContain('臺灣選舉結果');
		session.write('t');
		await session.waitFor(screen => screen.join('\n').includes('台湾选举结果') && (screen.at(-1) ?? '').includes('简体'));
		session.write('t');
		await session.waitFor(screen => screen.join('\n').includes('中美關係很複雜，軟件裡的問題也很多。') && (screen.at(-1) ?? '').includes('繁體'));
		// The list's headlines too.
		expect(session.screen()[0]).toContain('中美關係緊張 頭髮發展');
		expect(lineWidthViolations(session)).toEqual([]);
		// A Simplified query finds the article written in Traditional, shown in Traditional.
		session.write('/');
		await session.waitFor(screen => (screen.at(-1) ?? '').startsWith('/'));
		session.write('选举');
		session.write(keys.enter);
		await session.waitFor(screen => /\/选举: 1 found/.test(screen.at(-1) ?? ''));
		expect(session.screenText()).toContain('這是繁體字的文章');
		session.write(keys.escape);
		await session.waitFor(screen => !status(session).includes('found') && screen.join('\n').includes('中美關係緊張'));
		// Back as written: the selected article (the one found) in its Traditional, the other headline in its Simplified.
		session.write('t');
		await session.waitFor(screen => screen.join('\n').includes('中美关系紧张') && (screen.at(-1) ?? '').includes('text as written'));
		expect(session.screenText()).toContain('這是繁體字的文章，兩岸關係很好。');
	});
});
