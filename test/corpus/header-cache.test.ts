import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, afterEach, beforeAll, beforeEach, describe, expect, it} from 'vitest';
import {cacheFile, cacheMode, readHeaderCache} from '../../source/corpus/header-cache.js';
import {loadCorpus} from '../../source/corpus/load-corpus.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const sharedCorpus = path.resolve(repoRoot, '../shared/corpus');

const article = (ms: number, headline: string, url: string, body = `<p>${headline}的正文</p>`): string =>
	`<!--${ms}-->\n[${headline}](${url})\n------\n\n${body}\n`;

/** Long ago: entries for files this old are trusted (fresh ones are not cached). */
const past = new Date('2020-07-20T12:00:00Z');

let root: string;
let cacheFolder: string;
const saved = {...process.env};

function write(relative: string, content: string | Buffer): void {
	const file = path.join(root, relative);
	fs.mkdirSync(path.dirname(file), {recursive: true});
	fs.writeFileSync(file, content);
	fs.utimesSync(file, past, past);
}

beforeAll(() => {
	cacheFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'header-cache-'));
});

afterAll(() => {
	fs.rmSync(cacheFolder, {recursive: true, force: true});
});

beforeEach(() => {
	root = fs.mkdtempSync(path.join(os.tmpdir(), 'cached-corpus-'));
	process.env['CORPUS_READER_CACHE_DIR'] = cacheFolder;
	delete process.env['CORPUS_READER_CACHE'];
	write('BBC/1.md', article(3000, '第一篇', 'https://x.org/1'));
	write('BBC/2.md', article(2000, '第二篇', 'https://x.org/2', `<p>${'长的正文。'.repeat(2000)}</p>`));
	write('法广/3.md', article(1000, '同正文', 'https://x.org/3', '<p>第一篇的正文</p>'));
	write('法广/4.md', article(900, '同网址', 'https://x.org/1'));
	write('法广/crlf.md', article(800, '换行', 'https://x.org/5').replaceAll('\n', '\r\n'));
	write('weird/bad.md', Buffer.concat([Buffer.from(article(700, '坏', 'https://x.org/6')), Buffer.from([0xFF, 0x0A])]));
	write('weird/gbk.md', Buffer.from('5b6162635d28687474703a2f2f782e6f72672f37290a2d2d2d2d2d2d0a0a3c703ed6d0cec4d5fdcec43c2f703e0a', 'hex'));
	write('weird/no-header.md', '<p>没有标题的文章，只有正文。</p>\n');
	write('weird/image.png', Buffer.from([0x89, 0x50, 0x4E, 0x47, 0, 0, 0]));
	write('weird/notes.txt', 'notes\n');
});

afterEach(() => {
	process.env = {...saved};
	fs.rmSync(root, {recursive: true, force: true});
});

/** Loads with the cache forced on, then waits for its write. */
async function loadCached(): Promise<Awaited<ReturnType<typeof loadCorpus>>> {
	const corpus = await loadCorpus([root], {cache: true});
	await readHeaderCache(cacheFile([root]));
	return corpus;
}

describe('loadCorpus with the header cache', () => {
	it('gives the same corpus, bodies included, cold, warm and without the cache', async () => {
		const none = await loadCorpus([root], {cache: false});
		const cold = await loadCached();
		const warm = await loadCached();
		expect(none.articles.map(item => item.duplicateOf)).toContain('BBC/1.md');
		expect(cold).toEqual(none);
		expect(warm).toEqual(none);
		// Deep equality reads every lead and block of the warm articles, from the files.
		expect(warm.articles.find(item => item.id === 'weird/gbk.md')?.warnings).toEqual(['decoded as GB18030']);
	});

	it('writes one entry per file outside the corpus, and takes unchanged files from it unread', async () => {
		await loadCached();
		expect((await readHeaderCache(cacheFile([root]))).size).toBe(10);
		expect(fs.readdirSync(root).sort()).toEqual(['BBC', 'weird', '法广']);
		// Same size, time and inode, other text: only a cached header can still say 第一篇.
		write('BBC/1.md', article(3000, '改一篇', 'https://x.org/1'));
		const warm = await loadCached();
		expect(warm.articles.find(item => item.id === 'BBC/1.md')?.headline).toBe('第一篇');
	});

	it('reads changed and new files again and forgets vanished ones', async () => {
		await loadCached();
		write('BBC/1.md', article(3000, '改过的第一篇', 'https://x.org/1'));
		write('BBC/new.md', article(5000, '新的', 'https://x.org/new'));
		fs.rmSync(path.join(root, '法广/4.md'));
		const warm = await loadCached();
		expect(warm.articles.map(item => item.headline).slice(0, 2)).toEqual(['新的', '改过的第一篇']);
		expect(warm).toEqual(await loadCorpus([root], {cache: false}));
		const entries = await readHeaderCache(cacheFile([root]));
		expect([...entries.keys()].map(key => path.relative(root, key)).sort()).toContain('BBC/new.md');
		expect(entries.has(path.join(root, '法广/4.md'))).toBe(false);
	});

	it('gives an empty body and a warning when a file changes after loading', async () => {
		await loadCached();
		const warm = await loadCached();
		const first = warm.articles.find(item => item.id === 'BBC/1.md');
		write('BBC/1.md', article(3000, '后来改的第一篇，更长了', 'https://x.org/1'));
		fs.rmSync(path.join(root, 'BBC/2.md'));
		const second = warm.articles.find(item => item.id === 'BBC/2.md');
		expect(first?.blocks).toEqual([]);
		expect(first?.warnings).toEqual(['file changed since loading']);
		expect(second?.lead).toBeNull();
		expect(second?.warnings).toEqual(['file unreadable since loading (no such file or directory)']);
	});

	it('ignores a corrupt cache or one of another version, and rewrites it', async () => {
		const file = cacheFile([root]);
		for (const content of ['{"version":1,"entries":[["x",1', '{"version":0,"entries":[]}', '{"version":1,"entries":[["/a",1,2,3,4,5]]}']) {
			fs.mkdirSync(path.dirname(file), {recursive: true});
			fs.writeFileSync(file, content);
			expect((await readHeaderCache(file)).size).toBe(0);
			expect(await loadCached()).toEqual(await loadCorpus([root], {cache: false}));
			expect((await readHeaderCache(file)).size).toBe(10);
		}
	});

	it('loads all the same when the cache cannot be written', async () => {
		const blocker = path.join(cacheFolder, 'a-file');
		fs.writeFileSync(blocker, '');
		process.env['CORPUS_READER_CACHE_DIR'] = path.join(blocker, 'cache');
		expect(await loadCached()).toEqual(await loadCorpus([root], {cache: false}));
		expect(fs.existsSync(path.join(blocker, 'cache'))).toBe(false);
	});

	it('caches no file modified in the last seconds, whose next change could keep its timestamp', async () => {
		fs.writeFileSync(path.join(root, 'BBC/1.md'), article(3000, '刚写的', 'https://x.org/1'));
		await loadCached();
		const entries = await readHeaderCache(cacheFile([root]));
		expect(entries.size).toBe(9);
		expect(entries.has(path.join(root, 'BBC/1.md'))).toBe(false);
	});

	it('writes no cache file when every file is that fresh', async () => {
		const now = new Date();
		for (const file of fs.readdirSync(root, {recursive: true, withFileTypes: true}).filter(entry => entry.isFile())) {
			fs.utimesSync(path.join(file.parentPath, file.name), now, now);
		}

		expect((await loadCached()).articles).toHaveLength(8);
		expect(fs.existsSync(cacheFile([root]))).toBe(false);
	});

	it('writes nothing when turned off, or by default for a corpus under 100 files', async () => {
		await loadCorpus([root], {cache: false});
		process.env['CORPUS_READER_CACHE'] = '0';
		await loadCorpus([root], {});
		delete process.env['CORPUS_READER_CACHE'];
		await loadCorpus([root]);
		expect(fs.existsSync(cacheFile([root]))).toBe(false);
		process.env['CORPUS_READER_CACHE'] = '1';
		await loadCorpus([root]);
		expect((await readHeaderCache(cacheFile([root]))).size).toBe(10);
	});
});

describe('cacheFile and cacheMode', () => {
	it('names one file per list of absolute roots, in the folder the environment says', () => {
		const home = os.homedir();
		expect(path.dirname(cacheFile(['a'], {}))).toBe(path.join(home, '.cache/corpus-reader'));
		expect(path.dirname(cacheFile(['a'], {XDG_CACHE_HOME: '/x'}))).toBe('/x/corpus-reader');
		expect(path.dirname(cacheFile(['a'], {XDG_CACHE_HOME: '/x', CORPUS_READER_CACHE_DIR: '/y'}))).toBe('/y');
		expect(cacheFile(['a/'], {})).toBe(cacheFile([path.resolve('a')], {}));
		expect(cacheFile(['a', 'b'], {})).not.toBe(cacheFile(['b', 'a'], {}));
	});

	it('lets the option override the environment', () => {
		expect([cacheMode(undefined, {}), cacheMode(undefined, {CORPUS_READER_CACHE: '0'}), cacheMode(undefined, {CORPUS_READER_CACHE: '1'})]).toEqual(['on', 'off', 'always']);
		expect([cacheMode(true, {CORPUS_READER_CACHE: '0'}), cacheMode(false, {CORPUS_READER_CACHE: '1'})]).toEqual(['always', 'off']);
	});
});

describe.skipIf(!fs.existsSync(sharedCorpus))('the shared corpus with the header cache', () => {
	it('loads the same cold, warm and without the cache, bodies included', async () => {
		process.env['CORPUS_READER_CACHE_DIR'] = fs.mkdtempSync(path.join(cacheFolder, 'shared-'));
		const none = await loadCorpus([sharedCorpus], {cache: false});
		const cold = await loadCorpus([sharedCorpus], {cache: true});
		await readHeaderCache(cacheFile([sharedCorpus]));
		const warm = await loadCorpus([sharedCorpus], {cache: true});
		expect(cold).toEqual(none);
		expect(warm).toEqual(none);
	});
});
