import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {openCorpusIndex} from '../../source/store/corpus-index.js';
import {article, listing, temporaryFolder, useCacheFolder, waitUntilTrusted, writeFile} from './store-fixture.js';

const cache = useCacheFolder();
const cli = path.resolve('dist/cli.js');
let root: string;

/** Every path under the root, folders included, and the root: the quick check trusts what is old enough. */
const everything = (): string[] => [root, ...listing(root).map(name => path.join(root, name.replace(/\/$/, '')))].filter(file => fs.existsSync(file));

const headlines = (index: ReturnType<typeof openCorpusIndex>): string[] => [...index.catalog().all()].map(item => item.headline);

beforeEach(async () => {
	root = temporaryFolder('quick');
	writeFile(root, 'BBC/a.md', article(Date.UTC(2024, 0, 1), '甲', 'https://x.org/a'));
	writeFile(root, 'BBC/2024/b.md', article(Date.UTC(2024, 0, 2), '乙', 'https://x.org/b'));
	writeFile(root, '法广/c.md', article(Date.UTC(2024, 0, 3), '丙', 'https://x.org/c'));
	writeFile(root, '法广/notes.txt', 'not an article\n');
	fs.symlinkSync(path.join(root, 'later.md'), path.join(root, '法广/link.md'));
	await waitUntilTrusted(everything());
});

afterEach(() => {
	fs.rmSync(root, {recursive: true, force: true});
});

describe('the quick check (folder stamps of the last walk)', () => {
	it('answers without walking while nothing changed, with the problems a walk gives', () => {
		const index = openCorpusIndex([root], {cache: true});
		const walked = index.sync();
		expect(walked).toMatchObject({quick: false, read: 4});
		const quick = index.sync();
		expect(quick).toMatchObject({quick: true, changed: false, read: 0});
		expect(quick.problems).toEqual(walked.problems);
		expect(quick.problems.map(problem => problem.reason)).toEqual([expect.stringContaining('broken symbolic link'), expect.stringContaining('not an article')]);
		expect(quick.folders).toEqual(walked.folders);
		expect(index.sync({full: true})).toMatchObject({quick: false, changed: false, read: 0});
		index.close();
	});

	it('sees files added, removed and renamed, deep or not, and a broken link mended', () => {
		const index = openCorpusIndex([root], {cache: true});
		index.sync();
		writeFile(root, 'BBC/2024/d.md', article(Date.UTC(2024, 0, 4), '丁', 'https://x.org/d'));
		expect(index.sync()).toMatchObject({quick: false, changed: true, read: 1});
		expect(headlines(index)).toEqual(['丁', '丙', '乙', '甲']);

		fs.rmSync(path.join(root, 'BBC/a.md'));
		expect(index.sync()).toMatchObject({quick: false, removed: 1});
		fs.renameSync(path.join(root, '法广/c.md'), path.join(root, '法广/c2.md'));
		expect(index.sync()).toMatchObject({quick: false, removed: 1});
		expect([...index.catalog().all()].map(item => item.id)).toContain('法广/c2.md');

		writeFile(root, 'later.md', article(Date.UTC(2024, 0, 5), '戊', 'https://x.org/e'));
		const mended = index.sync();
		expect(mended).toMatchObject({quick: false, changed: true});
		expect(headlines(index)).toContain('戊');
		expect(mended.problems.some(problem => problem.reason.includes('broken'))).toBe(false);
		index.close();
	});

	it('walks again while a file read was too new to trust', () => {
		const index = openCorpusIndex([root], {cache: true});
		index.sync();
		// Rewritten in place: its folder does not change; the quick check does not see it...
		const file = path.join(root, 'BBC/a.md');
		fs.writeFileSync(file, article(Date.UTC(2024, 0, 1), '甲改', 'https://x.org/a'));
		expect(index.sync()).toMatchObject({quick: true, changed: false});
		expect(headlines(index)).toContain('甲');
		// ...a full check does, and the row it reads is too new to trust, so the next runs walk until it settles.
		expect(index.sync({full: true})).toMatchObject({quick: false, changed: true, read: 1});
		expect(headlines(index)).toContain('甲改');
		expect(index.sync()).toMatchObject({quick: false});
		index.close();
	});

	it('walks when the record is damaged', () => {
		const index = openCorpusIndex([root], {cache: true});
		index.sync();
		index.db.prepare("UPDATE meta SET value = '{\"at\": 1, \"stamps\": 5}' WHERE key = 'walk'").run();
		expect(index.sync()).toMatchObject({quick: false, changed: false});
		expect(index.sync()).toMatchObject({quick: true});
		index.close();
	});

	it('lets `list` answer from the record and `check` look at every file', () => {
		const env = {...process.env, CORPUS_READER_CACHE_DIR: cache(), CORPUS_READER_CACHE: '1'};
		const run = (...args: string[]): string => spawnSync(process.execPath, [cli, ...args, root], {env, encoding: 'utf8'}).stdout;
		expect(run('list')).toContain('甲');
		fs.writeFileSync(path.join(root, 'BBC/a.md'), article(Date.UTC(2024, 0, 1), '甲改', 'https://x.org/a'));
		expect(run('list')).not.toContain('甲改');
		expect(run('check')).toContain('notes.txt');
		expect(run('list')).toContain('甲改');
	});
});
