/**
Breakage: empty files, half files, broken HTML, binaries with article names, invalid UTF-8, files
that vanish or change kind while loading, a symlink loop, a FIFO, and paths of the wrong kind. Each
loads or is reported with a reason; nothing throws, nothing blocks, and the good files still load.
*/
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {blockText} from '../../source/article/article.js';
import type {Corpus} from '../../source/corpus/corpus.js';
import {findFiles} from '../../source/corpus/find-files.js';
import {loadCorpus} from '../../source/store/load-corpus.js';
import {readArticle} from '../../source/corpus/read-article.js';
import {article, runCli, temporaryFolder, writeFile} from './hostile-fixture.js';

let folder: string;
let corpus: Corpus;
let hasFifo = false;

/** Bytes from a fixed seed, so a failure can be replayed. */
function pseudoRandomBytes(length: number, seed: number): Buffer {
	const bytes = Buffer.alloc(length);
	let state = seed;
	for (let index = 0; index < length; index++) {
		state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
		bytes[index] = state >> 16;
	}

	return bytes;
}

const good = (ms: number, headline: string): string => article(ms, headline, `https://x.org/${ms}`, `<p>${headline}的正文。</p>`);

beforeAll(async () => {
	folder = temporaryFolder('breakage');
	writeFile(folder, 'good.md', good(1_595_000_000_000, '好文章'));
	writeFile(folder, 'empty.md', '');
	writeFile(folder, 'blank.md', '\n \n');
	writeFile(folder, 'header-only.md', '<!--1594000000000-->\n[只有标题](https://x.org/h)\n------\n');
	writeFile(folder, 'header-cut.md', '<!--1594000000001-->\n[标题被截');
	writeFile(folder, 'body-only.md', '<p>没有标题的正文。</p>\n');
	writeFile(folder, 'truncated.md', article(1_593_000_000_000, '截断', 'https://x.org/t', '<p>第一段。</p><p><strong>截断的粗体'));
	writeFile(folder, 'unclosed.md', article(1_592_000_000_000, '未闭合', 'https://x.org/u', `<p>开头</p>${'<div><span><b>'.repeat(3334)}深处的字`));
	writeFile(folder, 'script.md', article(1_591_000_000_000, '脚本', 'https://x.org/s', '<p>脚本之前</p><script>var s = "<p>脚本里的字</p>";'));
	writeFile(folder, 'png.md', Buffer.from('89504e470d0a1a0a0000000d4948445200000001', 'hex'));
	writeFile(folder, 'gzip.md', Buffer.from('1f8b08000000000000034b4c4a0600c241243503000000', 'hex'));
	writeFile(folder, 'random.md', pseudoRandomBytes(4096, 7));
	writeFile(folder, 'invalid-utf8.md', Buffer.concat([Buffer.from(good(1_590_000_000_000, '坏字节')), Buffer.from([0xC3, 0x28, 0xFF])]));
	writeFile(folder, 'dir.md/inner.md', good(1_589_000_000_000, '文件夹里的'));
	writeFile(folder, 'nul-body.md', Buffer.concat([Buffer.from('<!--1588000000000-->\n[正文有空字节](https://x.org/nul)\n------\n\n<p>前半'), Buffer.from([0, 0, 1, 0]), Buffer.from('后半。</p>\n')]));
	writeFile(folder, 'lt-binary.md', Buffer.concat([Buffer.from('<'), Buffer.from([0, 1, 2, 0x0A, 0])]));
	fs.symlinkSync('..', path.join(folder, 'dir.md', 'loop'));
	fs.symlinkSync('self', path.join(folder, 'self'));
	try {
		execFileSync('mkfifo', [path.join(folder, 'fifo.md')]);
		hasFifo = true;
	} catch {
		// No mkfifo here: the FIFO case is skipped below.
	}

	corpus = await loadCorpus([folder]);
});

afterAll(() => {
	fs.rmSync(folder, {recursive: true, force: true});
});

const reasonOf = (name: string): string | undefined =>
	corpus.problems.find(problem => problem.path === path.join(folder, name))?.reason;
const loaded = (name: string) => corpus.articles.find(item => item.id === name);
const texts = (name: string): string => (loaded(name)?.blocks ?? []).map(block => blockText(block) ?? '').join('|');

describe('a broken folder loads what it can', () => {
	test('the good files load, each once, through the symlink loop', () => {
		expect(corpus.articles.map(item => item.id).sort()).toEqual([
			'body-only.md', 'dir.md/inner.md', 'good.md', 'header-cut.md', 'header-only.md', 'invalid-utf8.md', 'nul-body.md', 'script.md', 'truncated.md', 'unclosed.md',
		]);
	});

	test.each([
		['empty.md', 'empty file'],
		['blank.md', 'empty file'],
		['png.md', 'not an article (binary)'],
		['gzip.md', 'not an article (binary)'],
		['random.md', 'not an article (binary)'],
		['self', 'broken symbolic link (too many levels of symbolic links)'],
	])('%s is reported: %s', (name, reason) => {
		expect(reasonOf(name)).toBe(reason);
	});

	test.skipIf(!process.getuid || process.platform === 'win32')('a FIFO is never opened, and reported', () => {
		expect(hasFifo).toBe(true);
		expect(reasonOf('fifo.md')).toBe('not a regular file');
	});

	test('a header without a body, and a header cut short', () => {
		expect(loaded('header-only.md')?.headline).toBe('只有标题');
		expect(loaded('header-only.md')?.blocks).toEqual([]);
		expect(loaded('header-cut.md')?.headline).not.toBe('');
	});

	test('a body without a header is degraded: no header', () => {
		expect(reasonOf('body-only.md')).toBe('no header');
		expect(texts('body-only.md')).toBe('没有标题的正文。');
	});

	test('truncated HTML keeps its text', () => {
		expect(texts('truncated.md')).toContain('截断的粗体');
	});

	test('10,000 unclosed tags keep their text', () => {
		expect(texts('unclosed.md')).toContain('深处的字');
	});

	test('a script that never ends hides only itself', () => {
		expect(texts('script.md')).toBe('脚本之前');
	});

	test('an article whose body holds NUL bytes is degraded, the NULs removed; a binary opening with < is still no article', () => {
		expect(loaded('nul-body.md')?.headline).toBe('正文有空字节');
		expect(reasonOf('nul-body.md')).toBe('NUL bytes removed');
		expect(texts('nul-body.md')).toBe('前半后半。');
		expect(reasonOf('lt-binary.md')).toBe('not an article (binary)');
	});

	test('invalid UTF-8 is degraded, its text kept', () => {
		expect(reasonOf('invalid-utf8.md')).toBe('invalid UTF-8');
		expect(texts('invalid-utf8.md')).toBe('坏字节的正文。|\uFFFD(\uFFFD');
	});
});

describe('files that change while loading', () => {
	test('deleted between finding and reading: skipped, no such file', async () => {
		const scratch = temporaryFolder('vanish');
		writeFile(scratch, 'a.md', good(1, '甲'));
		writeFile(scratch, 'b.md', good(2, '乙'));
		const {files} = findFiles([scratch]);
		fs.unlinkSync(path.join(scratch, 'a.md'));
		const results = files.map(file => readArticle(file));
		expect(results.map(result => result.ok)).toEqual([false, true]);
		expect(results[0]?.problem).toEqual({path: path.join(scratch, 'a.md'), reason: 'no such file or directory', kind: 'skipped'});
		fs.rmSync(scratch, {recursive: true});
	});

	test('replaced by a folder or a FIFO: not a regular file, without blocking', async () => {
		const scratch = temporaryFolder('replace');
		writeFile(scratch, 'a.md', good(1, '甲'));
		writeFile(scratch, 'b.md', good(2, '乙'));
		const {files} = findFiles([scratch]);
		fs.unlinkSync(path.join(scratch, 'a.md'));
		fs.mkdirSync(path.join(scratch, 'a.md'));
		fs.unlinkSync(path.join(scratch, 'b.md'));
		execFileSync('mkfifo', [path.join(scratch, 'b.md')]);
		const reasons = files.map(file => readArticle(file).problem?.reason);
		expect(reasons).toEqual(['not a regular file', 'not a regular file']);
		fs.rmSync(scratch, {recursive: true});
	});

	test('files deleted while a large folder loads: the rest load, the gone ones are skipped', async () => {
		const scratch = temporaryFolder('churn');
		for (let index = 0; index < 2000; index++) {
			writeFile(scratch, `${String(index).padStart(4, '0')}.md`, good(index, `第${index}篇`));
		}

		// Small batches yield often; every yield deletes a file further on.
		let victim = 1999;
		const deleting = setInterval(() => {
			fs.rmSync(path.join(scratch, `${String(victim).padStart(4, '0')}.md`), {force: true});
			victim -= 7;
		}, 0);
		const result = await loadCorpus([scratch], {batchSize: 16});
		clearInterval(deleting);
		// Every file still there at the end loaded (some that went had been read before they went); every
		// one that went before it was read is skipped, or was never listed.
		const survivors = fs.readdirSync(scratch);
		expect(survivors.length).toBeLessThan(2000);
		const ids = new Set(result.articles.map(item => item.id));
		expect(survivors.filter(name => !ids.has(name))).toEqual([]);
		expect(result.articles.length + result.problems.length).toBeLessThanOrEqual(2000);
		expect(result.problems.every(problem => problem.reason === 'no such file or directory' && problem.kind === 'skipped')).toBe(true);
		fs.rmSync(scratch, {recursive: true});
	});
});

describe('paths of the wrong kind, on the command line', () => {
	test('a file given as a folder, a device, a missing path: each reported, the rest loads', async () => {
		const {stdout, stderr, code} = await runCli(['list', path.join(folder, 'good.md/'), '/dev/null', path.join(folder, 'nope'), path.join(folder, 'dir.md')]);
		expect(code).toBe(0);
		expect(stdout).toContain('文件夹里的');
		expect(stderr).toContain(`cannot read "${path.join(folder, 'good.md/')}": not a directory`);
		expect(stderr).toContain('cannot read "/dev/null": not a regular file');
		expect(stderr).toContain(`cannot read "${path.join(folder, 'nope')}": no such file or directory`);
	});

	test('check on the broken folder: one line per problem, exit 1; print parses every body', async () => {
		const check = await runCli(['check', folder]);
		expect(check.code).toBe(1);
		const lines = check.stdout.split('\n').filter(Boolean);
		expect(lines).toHaveLength(corpus.problems.length);
		expect(lines).toContain(`ignored\t"${path.join(folder, 'png.md')}"\tnot an article (binary)`);
		expect(lines).toContain(`degraded\t"${path.join(folder, 'body-only.md')}"\tno header`);
		const print = await runCli(['print', folder]);
		expect(print.code).toBe(0);
		expect(print.stdout).toContain('深处的字');
	});
});
