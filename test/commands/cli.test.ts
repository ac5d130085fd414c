import {execFile, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'dist/cli.js');
const seedHeadline = '习普背靠背通话 拜登再给小泽10亿军援';

/** Runs the built command; resolves with its output and exit code whatever the code is. */
async function corpusReader(args: string[], options: {cwd?: string; env?: NodeJS.ProcessEnv} = {}): Promise<{stdout: string; stderr: string; code: number}> {
	try {
		const {stdout, stderr} = await run(process.execPath, [cli, ...args], {cwd: options.cwd ?? root, env: {...process.env, TZ: 'UTC', ...options.env}});
		return {stdout, stderr, code: 0};
	} catch (error) {
		const failed = error as {stdout: string; stderr: string; code: number};
		return {stdout: failed.stdout, stderr: failed.stderr, code: failed.code};
	}
}

let folder: string;
const article = (ms: number, headline: string, body: string): string =>
	`<!--${ms}-->\n[${headline}](https://example.com/${ms})\n------\n\n<p>${body}</p>\n`;

beforeAll(() => {
	folder = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-cli-'));
	fs.writeFileSync(path.join(folder, 'a.md'), article(1_594_000_000_000, '香港新闻', '香港的關係很复杂。'));
	fs.writeFileSync(path.join(folder, 'b.md'), article(1_595_000_000_000, '北京新闻', '北京天气晴。'));
	fs.writeFileSync(path.join(folder, 'c.md'), article(1_593_000_000_000, 'English news', 'Nothing in Chinese.'));
});

afterAll(() => {
	fs.rmSync(folder, {recursive: true, force: true});
});

describe('list', () => {
	test('without PATH lists the bundled seeds, whatever the working directory', async () => {
		const {stdout, code} = await corpusReader(['list'], {cwd: os.tmpdir()});
		expect(code).toBe(0);
		expect(stdout).toBe(`1\t2022-06-15 20:15\t法广\t${seedHeadline}\n`);
	});

	test('numbers articles newest first', async () => {
		const {stdout} = await corpusReader(['list', folder]);
		expect(stdout.split('\n').filter(Boolean).map(line => line.split('\t')[3])).toEqual(['北京新闻', '香港新闻', 'English news']);
	});

	test('shows local time: the same article in two zones, on purpose', async () => {
		const dates = async (zone: string): Promise<string[]> => (await corpusReader(['list', folder], {env: {TZ: zone}})).stdout.split('\n').filter(Boolean).map(line => line.split('\t')[1] ?? '');
		expect(await dates('UTC')).toEqual(['2020-07-17 15:33', '2020-07-06 01:46', '2020-06-24 12:00']);
		expect(await dates('Asia/Shanghai')).toEqual(['2020-07-17 23:33', '2020-07-06 09:46', '2020-06-24 20:00']);
		// --json is zone-free.
		const json = async (zone: string): Promise<string> => (await corpusReader(['list', '--json', folder], {env: {TZ: zone}})).stdout;
		expect(await json('Asia/Shanghai')).toBe(await json('America/New_York'));
	});

	test('--json gives one object per line with an ISO date', async () => {
		const {stdout} = await corpusReader(['list', '--json', folder]);
		const first = JSON.parse(stdout.split('\n')[0] ?? '') as Record<string, unknown>;
		expect(first).toMatchObject({n: 1, id: 'b.md', headline: '北京新闻', date: new Date(1_595_000_000_000).toISOString(), duplicateOf: null});
	});

	test('a missing path is reported, the others still used', async () => {
		const {stdout, stderr, code} = await corpusReader(['list', path.join(folder, 'nope'), folder]);
		expect(code).toBe(0);
		expect(stdout.split('\n').filter(Boolean)).toHaveLength(3);
		expect(stderr).toContain(`corpus-reader: cannot read "${path.join(folder, 'nope')}": no such file or directory`);
	});

	test('nothing loadable exits 1', async () => {
		const {code, stderr} = await corpusReader(['list', path.join(folder, 'nope')]);
		expect(code).toBe(1);
		expect(stderr).toContain('no articles found');
	});

	test('piped into head, it ends quietly with exit 0', () => {
		const result = spawnSync('sh', ['-c', `"${process.execPath}" "${cli}" list "${root}/seeds" "${folder}" "${folder}" | head -1`], {encoding: 'utf8'});
		expect(result.status).toBe(0);
		expect(result.stderr).toBe('');
		expect(result.stdout.split('\n').filter(Boolean)).toHaveLength(1);
	});
});

describe('print', () => {
	test('a single file prints that article as text', async () => {
		const {stdout} = await corpusReader(['print', path.join(folder, 'a.md')]);
		expect(stdout).toBe(`香港新闻\n${new Date(1_594_000_000_000).toISOString().slice(0, 16).replace('T', ' ')} · ${path.basename(folder)} · https://example.com/1594000000000\n\n香港的關係很复杂。\n`);
	});

	test('--pick by number and by id, in the order picked', async () => {
		const {stdout} = await corpusReader(['print', '--pick', '3', '--pick', 'b.md', folder]);
		expect(stdout.indexOf('English news')).toBeLessThan(stdout.indexOf('北京新闻'));
		expect(stdout).not.toContain('香港新闻');
	});

	test('--pick that names nothing exits 1 and says so', async () => {
		const {stderr, code} = await corpusReader(['print', '--pick', '99', folder]);
		expect(code).toBe(1);
		expect(stderr).toContain('no article "99"');
	});

	test('--match keeps matching articles, folding Traditional and Simplified', async () => {
		const {stdout} = await corpusReader(['print', '--match', '关系', folder]);
		expect(stdout).toContain('香港新闻');
		expect(stdout).not.toContain('北京新闻');
	});

	test('--format json is one article per line', async () => {
		const {stdout} = await corpusReader(['print', '--format', 'json', folder]);
		const lines = stdout.trim().split('\n').map(line => JSON.parse(line) as {headline: string; blocks: unknown[]});
		expect(lines.map(line => line.headline)).toEqual(['北京新闻', '香港新闻', 'English news']);
		expect(lines[0]?.blocks).toEqual([{type: 'paragraph', runs: [{type: 'text', text: '北京天气晴。'}]}]);
	});

	test('--format markdown keeps the headline as a title', async () => {
		const {stdout} = await corpusReader(['print', '--format', 'markdown']);
		expect(stdout.startsWith(`# ${seedHeadline}\n`)).toBe(true);
		expect(stdout).toContain('**俄乌战场');
	});

	test('without --width a paragraph is one line; with it, lines fit and no line starts with a closing mark', async () => {
		const plain = await corpusReader(['print']);
		expect(plain.stdout.split('\n').some(line => line.length > 100)).toBe(true);
		const wrapped = await corpusReader(['print', '--width', '30', '--ambiguous-width', 'narrow']);
		const {default: stringWidth} = await import('string-width');
		for (const line of wrapped.stdout.split('\n')) {
			expect(stringWidth(line)).toBeLessThanOrEqual(30);
			expect(line).not.toMatch(/^[，。、：；！？”）》]/);
		}
	});

	test('--indent starts paragraphs with two ideographic spaces', async () => {
		const {stdout} = await corpusReader(['print', '--indent']);
		expect(stdout).toContain('\n\u3000\u3000俄乌战场');
	});

	test.each([
		['traditional', '香港新聞', '香港的關係很複雜。'],
		['simplified', '香港新闻', '香港的关系很复杂。'],
		['original', '香港新闻', '香港的關係很复杂。'],
	])('--script %s prints the text in those characters (URLs as they are)', async (script, headline, body) => {
		for (const format of ['text', 'json']) {
			const {stdout, code} = await corpusReader(['print', '--script', script, '--format', format, path.join(folder, 'a.md')]);
			expect(code).toBe(0);
			expect(stdout).toContain(headline);
			expect(stdout).toContain(body);
			expect(stdout).toContain('https://example.com/1594000000000');
		}
	});

	test('--script takes simplified, traditional or original', async () => {
		const {code, stderr} = await corpusReader(['print', '--script', 'hk', path.join(folder, 'a.md')]);
		expect(code).toBe(2);
		expect(stderr).toContain('--script takes simplified, traditional, original; not "hk"');
	});

	test.each([[[]], [['--width', '24']]])('--indent never doubles an indent the source has, whatever its kind (%j)', async extra => {
		const mixed = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-cli-indent-'));
		fs.writeFileSync(path.join(mixed, 'm.md'), article(1_590_000_000_000, '缩进', '\u3000\u3000甲：全角空格缩进的段落。</p><p>&nbsp;&nbsp;&nbsp;&nbsp;乙：不换行空格缩进的段落。</p><p>  丙：普通空格。</p><p>丁：没有缩进。'));
		const indented = await corpusReader(['print', '--indent', ...extra, mixed]);
		const plain = await corpusReader(['print', ...extra, mixed]);
		fs.rmSync(mixed, {recursive: true, force: true});
		const starts = (stdout: string): string[] => stdout.split('\n\n').slice(1).map(paragraph => /^[\s\u00A0\u3000]*./u.exec(paragraph)?.[0] ?? '');
		expect(starts(indented.stdout)).toEqual(['\u3000\u3000甲', '\u3000\u3000乙', '\u3000\u3000丙', '\u3000\u3000丁']);
		expect(starts(plain.stdout)).toEqual(['甲', '乙', '丙', '丁']);
	});

	test('--width must be a positive whole number', async () => {
		expect((await corpusReader(['print', '--width', '0'])).code).toBe(2);
	});

	test('--measure must be a whole number of characters', async () => {
		const {code, stderr} = await corpusReader(['--measure', 'wide']);
		expect(code).toBe(2);
		expect(stderr).toContain('--measure takes a whole number of characters, 0 for no cap; not "wide"');
	});

	test('--width wraps a quote with > on every line and hangs a list item under its text', async () => {
		const quoted = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-cli-quote-'));
		fs.writeFileSync(path.join(quoted, 'q.md'), article(1_590_000_000_000, '引文', '正文。</p><blockquote>引文很长很长很长很长很长很长很长很长。</blockquote><ul><li>一项很长很长很长很长很长很长很长很长。</li></ul><p>完'));
		const {stdout} = await corpusReader(['print', '--width', '20', quoted]);
		fs.rmSync(quoted, {recursive: true, force: true});
		expect(stdout).toContain('\n\n> 引文很长很长很长很\n> 长很长很长很长很\n> 长。\n\n• 一项很长很长很长很\n  长很长很长很长很\n  长。\n\n');
	});
});

describe('search', () => {
	test('finds across Traditional and Simplified, with a marked snippet, exit 0', async () => {
		const {stdout, code} = await corpusReader(['search', '关系', folder]);
		expect(code).toBe(0);
		expect(stdout).toBe('2\t2020-07-06 01:46\t' + path.basename(folder) + '\t香港新闻\t香港的[關係]很复杂。\n');
	});

	test('nothing found exits 1', async () => {
		expect((await corpusReader(['search', '上海', folder])).code).toBe(1);
	});

	test('--count and --json', async () => {
		expect((await corpusReader(['search', '--count', '新闻', folder])).stdout).toBe('2\n');
		const {stdout} = await corpusReader(['search', '--json', '北京', folder]);
		expect(JSON.parse(stdout)).toMatchObject({n: 1, id: 'b.md', headline: '北京新闻', snippet: '北京天气晴。', ranges: [[0, 2]]});
	});

	test('no query is a usage error', async () => {
		expect((await corpusReader(['search'])).code).toBe(2);
	});

	test('a query that starts with - is a query, written plainly or after --', async () => {
		const plain = await corpusReader(['search', '-香港', folder]);
		expect(plain.code).toBe(0);
		expect(plain.stdout.split('\n').filter(Boolean).map(line => line.split('\t')[3])).toEqual(['北京新闻', 'English news']);
		expect((await corpusReader(['search', '--', '-香港', folder])).stdout).toBe(plain.stdout);
		expect((await corpusReader(['search', '-香港', '--count', folder])).stdout).toBe('2\n');
	});
});

describe('usage', () => {
	test('--help and --version exit 0', async () => {
		const help = await corpusReader(['--help']);
		expect(help.code).toBe(0);
		expect(help.stdout).toContain('corpus-reader list');
		const version = await corpusReader(['--version']);
		expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
	});

	test('an unknown option exits 2 with a usage hint', async () => {
		const {code, stderr} = await corpusReader(['list', '--bogus']);
		expect(code).toBe(2);
		expect(stderr).toContain('unknown option --bogus');
	});

	test('an unknown command exits 2; a folder of that name is still read', async () => {
		const {code, stderr} = await corpusReader(['serch', '香港']);
		expect(code).toBe(2);
		expect(stderr).toContain('unknown command "serch"');
		const named = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-cli-'));
		fs.cpSync(folder, path.join(named, 'news'), {recursive: true});
		// In a session of its own (setsid): no controlling terminal, so the reader prints the list.
		const listed = spawnSync('setsid', ['-w', process.execPath, cli, 'news'], {cwd: named, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
		expect(listed.status).toBe(0);
		expect(listed.stdout).toContain('北京新闻');
		fs.rmSync(named, {recursive: true, force: true});
	});

	test('without a terminal, the reader prints the list and exits 0', () => {
		const result = spawnSync('setsid', ['-w', process.execPath, cli], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: {...process.env, TZ: 'UTC'}});
		expect(result.status).toBe(0);
		expect(result.stdout).toContain(seedHeadline);
	});
});
