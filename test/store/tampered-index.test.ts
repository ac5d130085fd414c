import {execFile} from 'node:child_process';
import fs from 'node:fs';
import process from 'node:process';
import Database from 'better-sqlite3';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {openCorpusIndex} from '../../source/store/corpus-index.js';
import {loadCorpus} from '../../source/store/load-corpus.js';
import {cliPath, repoRoot} from '../helpers/repo-paths.js';
import {article, filesUnder, makeOld, temporaryFolder, useCacheFolder, writeFile} from './store-fixture.js';

const cache = useCacheFolder();
let root: string;

beforeAll(() => {
	root = temporaryFolder('tampered');
	for (const name of ['a', 'b', 'c', 'd']) {
		writeFile(root, `源/${name}.md`, article(Date.UTC(2022, 0, name.codePointAt(0)! - 96), `标题${name}`, `https://x.org/${name}`));
	}

	makeOld(filesUnder(root));
});

afterAll(() => {
	fs.rmSync(root, {recursive: true, force: true});
});

/**
Indexes the corpus, then rewrites its rows as an attacker with the file could. `trusted = 1` stands
for files old enough to be trusted (no wait for their ctime): the rows are then used as they are.
*/
function tamper(): void {
	const index = openCorpusIndex([root], {cache: true});
	index.sync();
	index.close();
	const db = new Database(index.file!);
	db.prepare(`UPDATE files SET trusted = 1, headline = ?, source = ?, section = ?, warnings = ? WHERE kind = 'article'`)
		.run('x\u001B]0;pwned\u0007y', '\u001B[31mred', 'sec\u009B2Jtion\u202E', JSON.stringify(['bad\u001B[2Jwarning', 7]));
	const url = db.prepare('UPDATE files SET url = ? WHERE rel = ?');
	url.run('-option', '源/a.md');
	url.run('javascript:alert(1)', '源/b.md');
	url.run('https://x.org/with space', '源/c.md');
	url.run('https://x.org/\u001B[2Jd', '源/d.md');
	db.close();
}

describe('an index file rewritten by someone else', () => {
	it('gives back sanitised headers, and no URL that is not absolute http(s)', async () => {
		tamper();
		const index = openCorpusIndex([root], {cache: true});
		// Nothing read from the files: the rows are what the articles come from.
		expect(index.sync()).toMatchObject({read: 0, changed: false});
		const catalog = index.catalog();
		const articles = [...catalog.all()];
		expect(articles.map(item => [item.id, item.headline, item.source, item.section, item.url, item.warnings])).toEqual([
			['源/d.md', 'xy', 'red', 'section', 'https://x.org/d', ['badwarning']],
			['源/c.md', 'xy', 'red', 'section', null, ['badwarning']],
			['源/b.md', 'xy', 'red', 'section', null, ['badwarning']],
			['源/a.md', 'xy', 'red', 'section', null, ['badwarning']],
		]);
		expect(catalog.at(0)?.headline).toBe('xy');
		expect(catalog.leadingSources(10)).toEqual(['red']);
		expect(catalog.columns().sources).toEqual(['red']);
		expect(index.sync().problems.map(problem => problem.reason)).toEqual(['badwarning', 'badwarning', 'badwarning', 'badwarning']);
		index.close();
		const loaded = await loadCorpus([root], {cache: true});
		expect(JSON.stringify(loaded.articles.map(item => [item.headline, item.source, item.section, item.url]))).not.toMatch(/\\u001b|\\u0007|\\u009b|\\u202e|-option|javascript/i);
	});

	it('cannot make `list` write control sequences or an option-like URL', async () => {
		tamper();
		for (const json of [false, true]) {
			const {stdout, code} = await new Promise<{stdout: string; code: number}>(resolve => {
				execFile(process.execPath, [cliPath, 'list', ...(json ? ['--json'] : []), root], {
					cwd: repoRoot, env: {...process.env, CORPUS_READER_CACHE_DIR: cache(), TZ: 'UTC'},
				}, (error, out) => {
					resolve({stdout: out, code: error ? Number(error.code) : 0});
				});
			});
			expect(code).toBe(0);
			expect(stdout.split('\n').filter(Boolean)).toHaveLength(4);
			expect(stdout).toContain('xy');
			expect(stdout).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202E]|-option|javascript/);
		}
	});
});
