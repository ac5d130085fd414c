import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {execFileSync} from 'node:child_process';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {loadCorpus} from '../../source/store/load-corpus.js';

const article = (ms: number | null, headline: string, url: string, body = `<p>${headline}</p>`): string =>
	`${ms === null ? '' : `<!--${ms}-->\n`}[${headline}](${url})\n------\n\n${body}\n`;

let root: string;

beforeAll(() => {
	root = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-test-'));
	const write = (relative: string, content: string | Buffer): void => {
		fs.mkdirSync(path.dirname(path.join(root, relative)), {recursive: true});
		fs.writeFileSync(path.join(root, relative), content);
	};

	write('a/BBC/1_old.md', article(1000, '旧', 'https://x.org/1'));
	write('a/BBC/2_new.md', article(3000, '新', 'https://x.org/2'));
	write('a/BBC/3_same-date-b.md', article(2000, '同时乙', 'https://x.org/3'));
	write('a/BBC/3_same-date-a.md', article(2000, '同时甲', 'https://x.org/4'));
	write('a/法广/undated.md', article(null, '无日期', 'https://x.org/5'));
	write('a/法广/same-url.md', article(500, '同网址', 'https://x.org/1'));
	write('a/法广/same-body.md', article(400, '同正文', 'https://x.org/6', '<p>旧</p>'));
	write('a/weird/a\nnew line.md', article(100, '换行', 'https://x.org/7'));
	write('a/weird/nb\u00A0sp ? * : | " < >.md', article(90, '怪名', 'https://x.org/8'));
	write('a/weird/bad-utf8.md', Buffer.concat([Buffer.from(article(80, '坏', 'https://x.org/9', '<p>正文</p>')), Buffer.from([0xFF, 0xFE, 0x0A])]));
	write('a/weird/image.png', Buffer.from([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]));
	write('a/weird/notes.txt', 'just some notes\n');
	write('a/.hidden/secret.md', article(5000, '隐藏', 'https://x.org/10'));
	write('a/.dotfile.md', article(5000, '点文件', 'https://x.org/11'));
	fs.symlinkSync('..', path.join(root, 'a/weird/loop'));
	fs.symlinkSync(path.join(root, 'nowhere'), path.join(root, 'a/weird/broken'));
	write('single/9_one.md', article(7000, '单个', 'https://x.org/12'));
	write('single/binary.bin', Buffer.from([1, 2, 0, 3]));
	try {
		execFileSync('mkfifo', [path.join(root, 'a/weird/fifo')]);
	} catch {
		// No mkfifo: the FIFO case is simply not exercised.
	}
});

afterAll(() => {
	fs.rmSync(root, {recursive: true, force: true});
});

describe('loadCorpus', () => {
	it('loads folders recursively, newest first, ties by path, undated last, ids relative to the argument', async () => {
		const {articles} = await loadCorpus([path.join(root, 'a')]);
		expect(articles.map(article => article.id)).toEqual([
			'BBC/2_new.md', 'BBC/3_same-date-a.md', 'BBC/3_same-date-b.md', 'BBC/1_old.md',
			'法广/same-url.md', '法广/same-body.md', 'weird/a\nnew line.md', 'weird/nb\u00A0sp ? * : | " < >.md',
			'weird/bad-utf8.md', '法广/undated.md',
		]);
		expect(articles[0]?.path).toBe(path.join(root, 'a', 'BBC/2_new.md'));
		expect(articles[0]?.source).toBe('BBC');
	});

	it('marks later articles with the same URL or body as duplicates of the first', async () => {
		const {articles} = await loadCorpus([path.join(root, 'a')]);
		const byId = new Map(articles.map(article => [article.id, article.duplicateOf]));
		expect(byId.get('BBC/1_old.md')).toBeNull();
		expect(byId.get('法广/same-url.md')).toBe('BBC/1_old.md');
		expect(byId.get('法广/same-body.md')).toBe('BBC/1_old.md');
		expect(byId.get('BBC/2_new.md')).toBeNull();
	});

	it('decodes invalid UTF-8 with U+FFFD and reports it as degraded', async () => {
		const {articles, problems} = await loadCorpus([path.join(root, 'a')]);
		const bad = articles.find(article => article.id === 'weird/bad-utf8.md');
		expect(bad?.warnings).toEqual(['invalid UTF-8']);
		expect(bad?.blocks).toEqual([
			{type: 'paragraph', runs: [{type: 'text', text: '正文'}]},
			{type: 'paragraph', runs: [{type: 'text', text: '\uFFFD\uFFFD'}]},
		]);
		expect(problems).toContainEqual({path: path.join(root, 'a/weird/bad-utf8.md'), reason: 'invalid UTF-8', kind: 'degraded'});
	});

	it('ignores hidden entries, binaries, other files, links back up and special files, saying why', async () => {
		const {problems} = await loadCorpus([path.join(root, 'a')]);
		const reasons = new Map(problems.map(problem => [path.relative(path.join(root, 'a'), problem.path), [problem.kind, problem.reason]]));
		expect(reasons.get('.hidden')).toEqual(['ignored', 'hidden']);
		expect(reasons.get('.dotfile.md')).toEqual(['ignored', 'hidden']);
		expect(reasons.get('weird/image.png')).toEqual(['ignored', 'not an article (binary)']);
		expect(reasons.get('weird/notes.txt')).toEqual(['ignored', 'not an article (no header or HTML)']);
		expect(reasons.get('weird/broken')?.[1]).toMatch(/^broken symbolic link/);
		if (fs.existsSync(path.join(root, 'a/weird/fifo'))) {
			expect(reasons.get('weird/fifo')).toEqual(['ignored', 'not a regular file']);
		}
	});

	it('takes file arguments by base name and reports missing paths and explicit non-articles', async () => {
		const missing = path.join(root, 'missing.md');
		const binary = path.join(root, 'single/binary.bin');
		const {articles, problems} = await loadCorpus([path.join(root, 'single/9_one.md'), missing, binary]);
		expect(articles.map(article => [article.id, article.headline])).toEqual([['9_one.md', '单个']]);
		expect(problems).toEqual([
			{path: missing, reason: 'no such file or directory', kind: 'skipped'},
			{path: binary, reason: 'not an article (binary)', kind: 'skipped'},
		]);
	});

	it('keeps ids unique when two arguments hold the same inner paths', async () => {
		const {articles} = await loadCorpus([path.join(root, 'single'), path.join(root, 'single/9_one.md')]);
		expect(articles.map(article => article.id).sort()).toEqual(['9_one.md', '9_one.md (2)']);
	});

	it('returns an empty corpus for no paths', async () => {
		expect(await loadCorpus([])).toEqual({articles: [], problems: []});
	});
});

describe('loadCorpus on long bodies (decoded on first access)', () => {
	const long = `<p>${'很长的正文。'.repeat(900)}</p>`;
	let folder: string;

	beforeAll(() => {
		folder = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-long-'));
		fs.writeFileSync(path.join(folder, '1.md'), article(3000, '长文', 'https://x.org/a', long));
		// Same body behind a longer header: the undecoded part starts elsewhere in the file.
		fs.writeFileSync(path.join(folder, '2.md'), article(2000, '长文，标题更长一些', 'https://x.org/bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', long));
		// Same body with CRLF line ends: decoded whole, and still the same body.
		fs.writeFileSync(path.join(folder, '3.md'), article(1000, '长文三', 'https://x.org/c', long).replaceAll('\n', '\r\n'));
		fs.writeFileSync(path.join(folder, '4.md'), article(500, '长文四', 'https://x.org/d', long.replace('。</p>', '！</p>')));
	});

	afterAll(() => {
		fs.rmSync(folder, {recursive: true, force: true});
	});

	it('parses them as parseArticle does and finds duplicates however they were read', async () => {
		const {articles} = await loadCorpus([folder]);
		expect(articles.map(item => [item.id, item.duplicateOf])).toEqual([['1.md', null], ['2.md', '1.md'], ['3.md', '1.md'], ['4.md', null]]);
		const first = articles[0];
		expect(first?.blocks).toEqual([{type: 'paragraph', runs: [{type: 'text', text: '很长的正文。'.repeat(900)}]}]);
		expect(articles[3]?.blocks[0]).toEqual({type: 'paragraph', runs: [{type: 'text', text: `${'很长的正文。'.repeat(899)}很长的正文！`}]});
	});
});
