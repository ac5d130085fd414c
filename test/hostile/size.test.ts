/**
Size: a 50 MB single-line body, a 1,000,000-character paragraph with no break opportunity, tens of
thousands of tiny files (100,000 with CORPUS_READER_SLOW_TESTS=1), folders nested 200 deep. Loading
finishes and the reader draws; wrapping finishes and every line fits. No timed assertions: the test
timeouts are the bound.
*/
import fs from 'node:fs';
import path from 'node:path';
import {afterAll, afterEach, beforeAll, describe, expect, test} from 'vitest';
import {blockText} from '../../source/article/article.js';
import {loadCorpus} from '../../source/store/load-corpus.js';
import {displayWidth} from '../../source/text/display-width.js';
import {wrapText} from '../../source/text/wrap.js';
import {disposeAllTerminals, keys, startTerminal} from '../helpers/terminal.js';
import {article, runCli, temporaryFolder, writeFile} from './hostile-fixture.js';

const slow = process.env.CORPUS_READER_SLOW_TESTS === '1';
const tinyFileCount = slow ? 100_000 : 20_000;
const unbroken = 'x'.repeat(1_000_000);
const folders: string[] = [];
const folder = (prefix: string): string => {
	const made = temporaryFolder(prefix);
	folders.push(made);
	return made;
};

afterEach(async () => {
	await disposeAllTerminals();
});

afterAll(() => {
	for (const made of folders) {
		fs.rmSync(made, {recursive: true, force: true});
	}
});

describe('a 50 MB single-line body', () => {
	let big: string;
	beforeAll(() => {
		big = folder('big');
		const unit = '<p>中文新闻，香港的天气很好。English words here.</p>';
		const count = Math.ceil(50 * 1024 * 1024 / Buffer.byteLength(unit));
		writeFile(big, 'big.md', article(1_595_000_000_000, '大文件', 'https://x.org/big', unit.repeat(count)));
		writeFile(big, 'small.md', article(1_594_000_000_000, '小文件', 'https://x.org/small', '<p>小</p>'));
	});

	test('list loads it beside a small file; print parses it whole', async () => {
		const list = await runCli(['list', big]);
		expect(list.code).toBe(0);
		expect(list.stdout.split('\n').filter(Boolean).map(line => line.split('\t')[3])).toEqual(['大文件', '小文件']);
		const print = await runCli(['print', '--pick', '1', '--format', 'json', big]);
		expect(print.code).toBe(0);
		const parsed = JSON.parse(print.stdout) as {blocks: unknown[]};
		expect(parsed.blocks.length).toBeGreaterThan(800_000);
	}, 60_000);

	test('the reader draws its first frame and opens the big article', async () => {
		const started = Date.now();
		const session = startTerminal({args: [big], cols: 100, rows: 30, env: {TZ: 'UTC', CORPUS_READER_AMBIGUOUS_WIDTH: 'narrow'}});
		await session.waitFor(screen => / 1\/2/.test(screen.at(-1) ?? ''), {timeout: 30_000});
		const firstFrame = Date.now();
		console.log(`reader: first frame ${firstFrame - started} ms after start`);
		expect(session.screenText()).toContain('小文件');
		session.write(keys.tab);
		await session.waitFor(screen => screen.join('\n').includes('香港的天气很好'), {timeout: 30_000});
		// A figure for the report, not an assertion: the shared machine's timing is too noisy.
		console.log(`reader: the 50 MB article drawn ${Date.now() - firstFrame} ms after the first frame`);
		session.write('q');
		expect((await session.waitForExit({timeout: 30_000})).exitCode).toBe(0);
	}, 60_000);
});

describe('a file over 64 MB', () => {
	test('is listed, counted as loaded with problems, and shown in part with a note', async () => {
		const huge = folder('huge');
		const unit = '<p>很长的文章，香港的天气很好。</p>';
		const body = unit.repeat(Math.ceil(65 * 1024 * 1024 / Buffer.byteLength(unit)));
		writeFile(huge, 'huge.md', article(1_595_000_000_000, '超大文件', 'https://x.org/huge', body));
		writeFile(huge, 'small.md', article(1_594_000_000_000, '小文件', 'https://x.org/small', '<p>小</p>'));
		const list = await runCli(['list', huge]);
		expect(list.code).toBe(0);
		expect(list.stdout.split('\n').filter(Boolean).map(line => line.split('\t')[3])).toEqual(['超大文件', '小文件']);
		expect(list.stderr).toContain('1 file loaded with problems');
		const check = await runCli(['check', '--verbose', huge]);
		expect(check.stdout + check.stderr).toMatch(/huge\.md.*65 MB file: only its first 64 MB are read/);
		const session = startTerminal({args: [huge], cols: 100, rows: 30, env: {TZ: 'UTC', CORPUS_READER_AMBIGUOUS_WIDTH: 'narrow'}});
		// The whole 64 MB article is laid out before its first frame (a known slow path, not yet fixed): 40-67 s on a busy 2-core machine.
		await session.waitFor(screen => / 1\/2/.test(screen.at(-1) ?? '') && screen.join('\n').includes('only its first 64 MB'), {timeout: 90_000});
		expect(session.screen().at(-1)).toContain('1 file with problems');
		session.write('q');
		expect((await session.waitForExit({timeout: 30_000})).exitCode).toBe(0);
	}, 180_000);
});

describe('a 1,000,000-character paragraph with no break opportunity', () => {
	test.each([1, 7, 80])('wraps to width %i, nothing lost, every line fits', width => {
		const lines = wrapText(unbroken, width);
		expect(lines.join('')).toBe(unbroken);
		expect(lines.every(line => displayWidth(line) <= width)).toBe(true);
		expect(lines).toHaveLength(Math.ceil(unbroken.length / width));
	});

	test('print --width 60 wraps it in an article', async () => {
		const long = folder('long');
		writeFile(long, 'long.md', article(1, '长段', 'https://x.org/l', `<p>${unbroken}</p>`));
		const {stdout, code} = await runCli(['print', '--width', '60', long]);
		expect(code).toBe(0);
		const bodyLines = stdout.split('\n').filter(line => line.startsWith('x'));
		expect(bodyLines.join('')).toBe(unbroken);
		expect(bodyLines.every(line => line.length <= 60)).toBe(true);
	});
});

describe('many files and deep folders', () => {
	test(`${tinyFileCount} tiny files all load`, async () => {
		const many = folder('many');
		for (let index = 0; index < tinyFileCount; index++) {
			const name = String(index).padStart(6, '0');
			const sub = path.join(many, name.slice(0, 3));
			if (index % 1000 === 0) {
				fs.mkdirSync(sub);
			}

			fs.writeFileSync(path.join(sub, `${name}.md`), `<!--${index}-->\n[第${index}篇](https://x.org/${index})\n------\n\n<p>${index}</p>\n`);
		}

		const corpus = await loadCorpus([many]);
		expect(corpus.problems).toEqual([]);
		expect(corpus.articles).toHaveLength(tinyFileCount);
		expect(corpus.articles[0]?.headline).toBe(`第${tinyFileCount - 1}篇`);
		expect(corpus.articles.at(-1)?.blocks.map(block => blockText(block))).toEqual(['0']);
	}, slow ? 600_000 : 60_000);

	test('folders nested 200 deep', async () => {
		const deep = folder('deep');
		const bottom = path.join(deep, ...Array.from({length: 200}, (_, index) => `d${index}`));
		writeFile(bottom, 'bottom.md', article(1, '最深处', 'https://x.org/deep', '<p>到底了</p>'));
		writeFile(deep, 'top.md', article(2, '顶层', 'https://x.org/top', '<p>顶</p>'));
		const corpus = await loadCorpus([deep]);
		expect(corpus.problems).toEqual([]);
		expect(corpus.articles.map(item => item.headline)).toEqual(['顶层', '最深处']);
		const {stdout, code} = await runCli(['list', deep]);
		expect(code).toBe(0);
		expect(stdout).toContain('最深处');
	});
});
