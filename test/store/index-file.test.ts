import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {errorLine} from '../../source/commands/messages.js';
import {emptyQuery} from '../../source/search/query.js';
import {openCorpusIndex} from '../../source/store/corpus-index.js';
import {cacheFolder, indexFile} from '../../source/store/index-location.js';
import {loadCorpus} from '../../source/store/load-corpus.js';
import {schemaVersion} from '../../source/store/schema.js';
import {article, listing, plain, temporaryFolder, useCacheFolder, writeFile} from './store-fixture.js';

const cache = useCacheFolder();
let root: string;
let expected: Array<Record<string, unknown>>;

beforeAll(async () => {
	root = temporaryFolder('index-file');
	for (let index = 0; index < 30; index++) {
		writeFile(root, `源${index % 3}/${index}.md`, article(Date.UTC(2021, 0, index + 1), `标题${index}`, `https://x.org/${index}`, `<p>${'正文'.repeat(40)}${index}</p>`));
	}

	expected = (await loadCorpus([root], {cache: false})).articles.map(item => plain(item));
});

afterAll(() => {
	fs.rmSync(root, {recursive: true, force: true});
});

/** Makes the index file of `root`, its bodies folded, and returns its path. */
function buildIndex(): string {
	const index = openCorpusIndex([root], {cache: true});
	index.sync();
	index.indexTexts();
	index.close();
	expect(index.file).toBe(indexFile([root]));
	return index.file!;
}

/** Opens the index again: its notice, and whether it then holds exactly what the files say. */
async function reopen(): Promise<{notice: string | null; correct: boolean}> {
	const index = openCorpusIndex([root], {cache: true});
	const {notice, file} = index;
	index.sync();
	index.indexTexts();
	const found = index.search(index.catalog(), emptyQuery).length;
	index.close();
	expect(file).toBe(indexFile([root]));
	expect(found).toBe(30);
	const loaded = await loadCorpus([root], {cache: true});
	return {notice, correct: JSON.stringify(loaded.articles.map(item => plain(item))) === JSON.stringify(expected)};
}

describe('a damaged or foreign index file', () => {
	it.each([
		['garbage bytes', (_bytes: Buffer) => Buffer.from('not a database at all\n'.repeat(500)), /file is not a database/],
		['cut short', (bytes: Buffer) => bytes.subarray(0, 8192), /malformed/],
		['damaged pages', (bytes: Buffer) => Buffer.concat([bytes.subarray(0, 4096), Buffer.alloc(bytes.length - 4096, 0x5A)]), /malformed|not a database/],
	])('is rebuilt with a notice when %s', async (_name, damage, reason) => {
		const file = buildIndex();
		fs.writeFileSync(file, damage(fs.readFileSync(file)));
		const {notice, correct} = await reopen();
		// As the commands write it to stderr.
		expect(errorLine(notice ?? '')).toMatch(/^corpus-reader: the index could not be used \(.*\): rebuilding it\n$/);
		expect(notice).toMatch(reason);
		expect(correct).toBe(true);
	});

	it('is rebuilt when of another schema version', async () => {
		const file = buildIndex();
		const db = new Database(file);
		db.pragma(`user_version = ${schemaVersion + 1}`);
		db.close();
		const {notice, correct} = await reopen();
		expect(notice).toContain(`another version (${schemaVersion + 1})`);
		expect(notice).toContain('rebuilding');
		expect(correct).toBe(true);
		const after = new Database(file, {readonly: true});
		expect(after.pragma('user_version', {simple: true})).toBe(schemaVersion);
		expect(after.prepare('SELECT count(*) FROM files').pluck().get()).toBe(30);
		after.close();
	});

	it('loses nothing when deleted', async () => {
		const file = buildIndex();
		fs.rmSync(file);
		const {notice, correct} = await reopen();
		expect(notice).toBeNull();
		expect(correct).toBe(true);
		expect(fs.existsSync(file)).toBe(true);
	});
});

describe('where the index lives', () => {
	it('creates the cache folder 0700 and the index 0600, its journal files too', () => {
		const index = openCorpusIndex([root], {cache: true});
		index.sync();
		expect(path.dirname(index.file!)).toBe(cache());
		expect(fs.statSync(cache()).mode & 0o777).toBe(0o700);
		for (const file of [index.file!, `${index.file!}-wal`, `${index.file!}-shm`]) {
			expect(fs.statSync(file).mode & 0o777, file).toBe(0o600);
		}

		index.close();
	});

	const home = path.join(os.homedir(), '.cache', 'corpus-reader');
	it.each([
		[{CORPUS_READER_CACHE_DIR: '/tmp/own'}, '/tmp/own'],
		[{CORPUS_READER_CACHE_DIR: '', XDG_CACHE_HOME: '/tmp/xdg'}, '/tmp/xdg/corpus-reader'],
		[{CORPUS_READER_CACHE_DIR: ''}, home],
		[{XDG_CACHE_HOME: ''}, home],
		[{CORPUS_READER_CACHE_DIR: '', XDG_CACHE_HOME: ''}, home],
		[{XDG_CACHE_HOME: 'relative/cache'}, home],
		[{CORPUS_READER_CACHE_DIR: 'relative/own'}, path.resolve('relative/own')],
		[{}, home],
	])('cacheFolder(%j) is %s', (environment, folder) => {
		expect(cacheFolder(environment)).toBe(folder);
	});

	it.each([
		['the root itself', (corpus: string) => corpus],
		['a folder inside it', (corpus: string) => path.join(corpus, 'cache')],
		['a folder inside it, by a path with ..', (corpus: string) => path.join(corpus, 'sub', '..', 'cache')],
	])('refuses a cache folder that is %s', (_name, folder) => {
		expect(indexFile([root], {CORPUS_READER_CACHE_DIR: folder(root)})).toBeNull();
		expect(indexFile(['/elsewhere', root], {CORPUS_READER_CACHE_DIR: folder(root)})).toBeNull();
	});

	it('accepts a sibling folder whose name starts like the root', () => {
		expect(indexFile([root], {CORPUS_READER_CACHE_DIR: `${root}-cache`})).toMatch(new RegExp(`^${root}-cache/[\\da-f]{32}\\.sqlite$`));
	});

	// A regression: '..cache' inside the root once passed for "outside" (its relative path starts with '..').
	it('refuses a folder inside the root whose name starts with two dots', () => {
		expect(indexFile([root], {CORPUS_READER_CACHE_DIR: path.join(root, '..cache')})).toBeNull();
	});

	// A regression: paths were once compared only as written, so a link into the corpus got past.
	it('refuses a cache folder that is a symbolic link to the root', () => {
		const link = path.join(temporaryFolder('link'), 'cache');
		fs.symlinkSync(root, link);
		try {
			expect(indexFile([root], {CORPUS_READER_CACHE_DIR: link})).toBeNull();
		} finally {
			fs.rmSync(path.dirname(link), {recursive: true, force: true});
		}
	});

	it('keeps the index in memory, writing nothing into the corpus, when the cache folder is inside it', async () => {
		const before = listing(root);
		process.env['CORPUS_READER_CACHE_DIR'] = path.join(root, 'cache');
		const index = openCorpusIndex([root], {cache: true});
		expect(index.file).toBeNull();
		expect(index.notice).toBeNull();
		index.close();
		const loaded = await loadCorpus([root], {cache: true});
		expect(loaded.articles.map(item => plain(item))).toEqual(expected);
		expect(listing(root)).toEqual(before);
	});
});
