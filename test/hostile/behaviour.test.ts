/**
Behaviour: `check` exits 0 on a clean corpus and 1 with one line per problem; problems are counted
in the reader's status bar; and no command ever changes a file of the corpus.
*/
import fs from 'node:fs';
import path from 'node:path';
import {afterAll, afterEach, beforeAll, describe, expect, test} from 'vitest';
import {disposeAllTerminals, startTerminal} from '../helpers/terminal.js';
import {article, runCli, temporaryFolder, writeFile} from './hostile-fixture.js';

let folder: string;

/** Content and modification time of every file under `root`, by path. */
function snapshot(root: string): Record<string, string> {
	const entries = fs.readdirSync(root, {recursive: true, withFileTypes: true}).filter(entry => entry.isFile());
	return Object.fromEntries(entries.map(entry => {
		const full = path.join(entry.parentPath, entry.name);
		return [full, `${fs.statSync(full).mtimeMs} ${fs.readFileSync(full, 'base64')}`];
	}));
}

beforeAll(() => {
	folder = temporaryFolder('behaviour');
	writeFile(folder, 'a.md', article(1_595_000_000_000, '甲', 'https://x.org/a', '<p>甲的正文</p>'));
	writeFile(folder, 'b.md', article(1_594_000_000_000, '乙', 'https://x.org/b', '<p>乙的正文</p>'));
	writeFile(folder, 'no-header.md', '<p>没有标题</p>');
	writeFile(folder, 'binary.md', Buffer.from([0x89, 0x50, 0x4E, 0x47, 0]));
	for (const file of fs.readdirSync(folder)) {
		fs.chmodSync(path.join(folder, file), 0o444);
	}

	fs.chmodSync(folder, 0o555);
});

afterAll(() => {
	fs.chmodSync(folder, 0o755);
	fs.rmSync(folder, {recursive: true, force: true});
});

afterEach(async () => {
	await disposeAllTerminals();
});

describe('check', () => {
	test('on the bundled seeds: clean, exit 0, nothing on stdout', async () => {
		const {stdout, stderr, code} = await runCli(['check']);
		expect(code).toBe(0);
		expect(stdout).toBe('');
		expect(stderr).toBe('1 articles loaded, 0 problems\n');
	});

	test('on a folder with problems: one line each, exit 1', async () => {
		const {stdout, stderr, code} = await runCli(['check', folder, path.join(folder, 'missing.md')]);
		expect(code).toBe(1);
		expect(stdout.split('\n').filter(Boolean).sort()).toEqual([
			`degraded\t"${path.join(folder, 'no-header.md')}"\tno header`,
			`ignored\t"${path.join(folder, 'binary.md')}"\tnot an article (binary)`,
			`skipped\t"${path.join(folder, 'missing.md')}"\tno such file or directory`,
		]);
		expect(stderr).toBe('3 articles loaded, 3 problems\n');
	});

	test('--verbose lists the same problems with their reasons', async () => {
		const {stderr} = await runCli(['list', '--verbose', folder]);
		expect(stderr).toContain(`degraded: "${path.join(folder, 'no-header.md')}": no header`);
		expect(stderr).toContain(`ignored: "${path.join(folder, 'binary.md')}": not an article (binary)`);
	});
});

describe('the reader status bar', () => {
	const open = async (args: string[]) => {
		const session = startTerminal({args, cols: 120, rows: 20, env: {TZ: 'UTC', CORPUS_READER_AMBIGUOUS_WIDTH: 'narrow'}});
		await session.waitFor(screen => /\d+\/\d+/.test(screen.at(-1) ?? ''));
		return session;
	};

	test('counts skipped files', async () => {
		const session = await open([folder, path.join(folder, 'missing.md')]);
		expect(session.screen().at(-1)).toContain('1 file skipped');
	});

	test('counts degraded files', async () => {
		const session = await open([folder]);
		expect(session.screen().at(-1)).toContain('1 file with problems');
	});
});

describe('the corpus is never modified', () => {
	test('every command leaves content and mtime of read-only files as they were', async () => {
		const before = snapshot(folder);
		for (const args of [['list'], ['list', '--json'], ['print'], ['print', '--format', 'json'], ['search', '正文'], ['check']]) {
			await runCli([...args, folder]);
		}

		const session = startTerminal({args: [folder], env: {TZ: 'UTC', CORPUS_READER_AMBIGUOUS_WIDTH: 'narrow'}});
		await session.waitFor(screen => /\d+\/\d+/.test(screen.at(-1) ?? ''));
		session.write('jjq');
		await session.waitForExit();
		expect(snapshot(folder)).toEqual(before);
	});
});
