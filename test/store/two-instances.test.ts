import {execFile} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {openCorpusIndex, type CorpusIndex} from '../../source/store/corpus-index.js';
import {indexFile, minimumIndexedFiles} from '../../source/store/index-location.js';
import {loadCorpus} from '../../source/store/load-corpus.js';
import {cliPath, repoRoot} from '../helpers/repo-paths.js';
import {article, filesUnder, makeOld, temporaryFolder, useCacheFolder, waitUntilTrusted, writeFile} from './store-fixture.js';

const cache = useCacheFolder();
const corpora: Record<'interleaved' | 'stale' | 'large', string> = {interleaved: '', stale: '', large: ''};

beforeAll(async () => {
	for (const name of ['interleaved', 'stale'] as const) {
		corpora[name] = temporaryFolder(name);
		for (let index = 0; index < 6; index++) {
			writeFile(corpora[name], `源/${index}.md`, article(Date.UTC(2023, 0, index + 1), `标题${index}`, `https://x.org/${index}`));
		}
	}

	corpora.large = temporaryFolder('large');
	for (let index = 0; index < 150; index++) {
		writeFile(corpora.large, `${['BBC', '法广', '联合早报'][index % 3]}/${index}.md`, article(Date.UTC(2019, 0, 1, 0, index), `第${index}条新闻`, `https://x.org/${index}`));
	}

	const old = [...filesUnder(corpora.interleaved), ...filesUnder(corpora.stale)];
	makeOld(old);
	await waitUntilTrusted(old);
});

afterAll(() => {
	for (const folder of Object.values(corpora)) {
		fs.rmSync(folder, {recursive: true, force: true});
	}
});

const ids = (index: CorpusIndex): string[] => [...index.catalog().all()].map(item => item.id);
const freshIds = async (root: string): Promise<string[]> => (await loadCorpus([root], {cache: false})).articles.map(item => item.id);

describe('two instances on one index file', () => {
	it('both see what the other synced, even in the middle of their own sync', async () => {
		const root = corpora.interleaved;
		const first = openCorpusIndex([root], {cache: true});
		const second = openCorpusIndex([root], {cache: true});
		expect(second.file).toBe(first.file);
		expect(first.sync()).toMatchObject({read: 6});
		writeFile(root, '源/added.md', article(Date.UTC(2023, 5, 1), '后加的', 'https://x.org/added'));
		expect(second.sync()).toMatchObject({read: 1, removed: 0});
		expect(ids(first)).toEqual(await freshIds(root));
		expect(ids(second)).toEqual(await freshIds(root));

		// The second adds and deletes files while the first is between two batches of its walk (every
		// row distrusted, so that the first reads every file, two a batch).
		first.db.exec('UPDATE files SET trusted = 0');
		let turns = 0;
		await first.syncInSlices({
			batchSize: 2,
			async between() {
				if (turns++ === 0) {
					writeFile(root, '源/middle.md', article(Date.UTC(2023, 6, 1), '中途加的', 'https://x.org/middle'));
					fs.rmSync(path.join(root, '源/5.md'));
					expect(second.sync()).toMatchObject({removed: 1});
				}
			},
		});
		expect(turns).toBeGreaterThan(1);
		expect(ids(first)).toEqual(await freshIds(root));
		expect(ids(second)).toEqual(await freshIds(root));
		first.close();
		second.close();
	});

	// A regression: a walk that finds the index already up to date (another instance did the work) once
	// kept the old catalog, whose length was counted before.
	it('gives a new catalog after another instance changed the index', async () => {
		const root = corpora.stale;
		const first = openCorpusIndex([root], {cache: true});
		const second = openCorpusIndex([root], {cache: true});
		first.sync();
		expect(first.catalog()).toHaveLength(6);
		fs.rmSync(path.join(root, '源/3.md'));
		expect(second.sync()).toMatchObject({removed: 1});
		first.sync();
		try {
			expect(first.catalog()).toHaveLength(5);
			expect(first.catalog().at(4)?.id).toBe((await freshIds(root))[4]);
		} finally {
			first.close();
			second.close();
		}
	});
});

type Run = {readonly code: number; readonly stdout: string; readonly stderr: string};

async function list(root: string): Promise<Run> {
	return new Promise(resolve => {
		execFile(process.execPath, [cliPath, 'list', root], {
			cwd: repoRoot, env: {...process.env, CORPUS_READER_CACHE_DIR: cache(), TZ: 'UTC'}, maxBuffer: 64 * 1024 * 1024,
		}, (error, stdout, stderr) => {
			resolve({code: error ? Number(error.code) : 0, stdout, stderr});
		});
	});
}

describe('two programs at once', () => {
	it('both make and use the same new index, and print what a third run prints', async () => {
		const root = corpora.large;
		expect(filesUnder(root).length).toBeGreaterThanOrEqual(minimumIndexedFiles);
		const both = await Promise.all([list(root), list(root)]);
		expect(fs.existsSync(indexFile([root])!)).toBe(true);
		const third = await list(root);
		expect(third).toMatchObject({code: 0, stderr: ''});
		expect(third.stdout.split('\n').filter(Boolean)).toHaveLength(150);
		expect(third.stdout.split('\n')[0]).toMatch(/^1\t2019-01-01 02:29\t联合早报\t第149条新闻$/);
		for (const run of both) {
			expect(run).toEqual(third);
		}
	});
});
