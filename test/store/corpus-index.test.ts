import {Buffer} from 'node:buffer';
import fs from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {matchArticles} from '../../source/search/match.js';
import {parseQuery} from '../../source/search/query.js';
import {prepareSearch} from '../../source/search/search-index.js';
import {openCorpusIndex} from '../../source/store/corpus-index.js';
import {indexFile} from '../../source/store/index-location.js';
import {loadCorpus} from '../../source/store/load-corpus.js';
import {article, filesUnder, makeOld, plain, temporaryFolder, useCacheFolder, waitUntilTrusted, writeFile} from './store-fixture.js';

const cache = useCacheFolder();
let root: string;
let changing: string;

beforeAll(async () => {
	root = temporaryFolder('mixed');
	writeFile(root, 'BBC/2_new.md', article(3000, '新闻', 'https://x.org/2'));
	writeFile(root, 'BBC/1_old.md', article(1000, '旧闻', 'https://x.org/1'));
	writeFile(root, '法广/same-url.md', article(500, '同网址', 'https://x.org/1'));
	writeFile(root, '法广/same-body.md', article(400, '同正文', 'https://x.org/6', '<p>旧闻的正文。</p>'));
	writeFile(root, '法广/undated.md', article(null, '无日期', 'https://x.org/5'));
	writeFile(root, 'weird/bad-utf8.md', Buffer.concat([Buffer.from(article(80, '坏', 'https://x.org/9')), Buffer.from([0xFF, 0xFE, 0x0A])]));
	writeFile(root, 'weird/notes.txt', 'just some notes\n');
	writeFile(root, '.hidden/secret.md', article(5000, '隐藏', 'https://x.org/10'));
	changing = temporaryFolder('changing');
	for (const name of ['a', 'b', 'c', 'd', 'e']) {
		writeFile(changing, `${name}.md`, article(Date.UTC(2024, 0, name.codePointAt(0)!), `标题甲${name}`, `https://x.org/${name}`));
	}

	// Old files only, so that the first sync trusts every row and "reads nothing" can be exact.
	const all = [...filesUnder(root), ...filesUnder(changing)];
	makeOld(all);
	await waitUntilTrusted(all);
});

afterAll(() => {
	fs.rmSync(root, {recursive: true, force: true});
	fs.rmSync(changing, {recursive: true, force: true});
});

describe('the index gives what reading the files gives', () => {
	it('loads the same articles and problems cold, warm and with no index file', async () => {
		const off = await loadCorpus([root], {cache: false});
		expect(fs.existsSync(cache())).toBe(false);
		const cold = await loadCorpus([root], {cache: true});
		expect(fs.existsSync(indexFile([root])!)).toBe(true);
		const warm = await loadCorpus([root], {cache: true});
		expect(off.articles.map(item => item.id)).toEqual([
			'BBC/2_new.md', 'BBC/1_old.md', '法广/same-url.md', '法广/same-body.md', 'weird/bad-utf8.md', '法广/undated.md',
		]);
		expect(off.problems.map(problem => problem.kind).sort()).toEqual(['degraded', 'ignored', 'ignored']);
		expect(cold.articles.map(item => plain(item))).toEqual(off.articles.map(item => plain(item)));
		expect(warm.articles.map(item => plain(item))).toEqual(off.articles.map(item => plain(item)));
		expect(cold.problems).toEqual(off.problems);
		expect(warm.problems).toEqual(off.problems);
	});

	it('reads every file once, then none while nothing changes', () => {
		const first = openCorpusIndex([root], {cache: true});
		const cold = first.sync();
		// Hidden entries are never read; the notes file is, and is recorded as no article.
		expect(cold).toMatchObject({changed: true, read: 7, removed: 0});
		expect(first.sync()).toMatchObject({changed: false, read: 0, removed: 0});
		first.close();
		const second = openCorpusIndex([root], {cache: true});
		const warm = second.sync();
		expect(warm).toMatchObject({changed: false, read: 0, removed: 0});
		// The problems of files not read come from their rows, worded as reading them would.
		expect(warm.problems).toEqual(cold.problems);
		second.close();
	});
});

describe('an incremental sync', () => {
	it('reads only files added or changed, forgets deleted ones, and ends as a fresh load does', async () => {
		const index = openCorpusIndex([changing], {cache: true});
		expect(index.sync()).toMatchObject({read: 5, removed: 0});
		const old = fs.statSync(path.join(changing, 'c.md'));
		writeFile(changing, 'f.md', article(Date.UTC(2024, 5, 1), '新加的', 'https://x.org/f'));
		writeFile(changing, 'b.md', article(Date.UTC(2024, 0, 98), '改过的标题，长了一些', 'https://x.org/b'));
		// Same size, mtime put back: only the ctime tells.
		writeFile(changing, 'c.md', article(Date.UTC(2024, 0, 99), '标题乙c', 'https://x.org/c'));
		expect(fs.statSync(path.join(changing, 'c.md')).size).toBe(old.size);
		fs.utimesSync(path.join(changing, 'c.md'), old.atime, old.mtime);
		fs.rmSync(path.join(changing, 'd.md'));
		expect(index.sync()).toMatchObject({changed: true, read: 3, removed: 1});
		const fresh = await loadCorpus([changing], {cache: false});
		expect(fresh.articles.map(item => item.headline)).toEqual(['新加的', '标题甲e', '标题乙c', '改过的标题，长了一些', '标题甲a']);
		expect([...index.catalog().all()].map(item => plain(item))).toEqual(fresh.articles.map(item => plain(item)));

		// Files written just before a sync may change again within their timestamp's tick: their rows
		// are read again next time, and only those, until they are old enough to trust.
		const untrusted = index.db.prepare('SELECT count(*) FROM files WHERE trusted = 0').pluck().get() as number;
		expect(untrusted).toBeLessThanOrEqual(3);
		await waitUntilTrusted(filesUnder(changing));
		expect(index.sync()).toMatchObject({read: untrusted, removed: 0});
		expect(index.sync()).toMatchObject({changed: false, read: 0, removed: 0});
		index.close();
		const warm = await loadCorpus([changing], {cache: true});
		expect(warm.articles.map(item => plain(item))).toEqual(fresh.articles.map(item => plain(item)));
	});
});

describe('folding bodies for search', () => {
	const bodies = [
		'香港经济回暖', '香港国安法', '经济数据公布', 'COVID 疫情', 'covid 疫苗', '一带一路', '香港 COVID 政策',
		'台湾选举', '经济 香港 台湾', '天气预报', '体育新闻', '文化活动',
	];

	it('resumes where an interrupted run stopped, and then searches as the in-memory engine does', async () => {
		const folder = temporaryFolder('texts');
		for (const [index, body] of bodies.entries()) {
			writeFile(folder, `${index % 2 === 0 ? 'BBC' : '法广'}/${index}.md`, article(Date.UTC(2020, 0, index + 1), `第${index}篇`, `https://x.org/${index}`, `<p>${body}</p>`));
		}

		const first = openCorpusIndex([folder], {cache: true});
		first.sync();
		expect(first.pendingTexts()).toBe(bodies.length);
		let batches = 0;
		expect(first.indexTexts({batchSize: 3, shouldStop: () => batches++ > 0})).toEqual({done: 3, remaining: bodies.length - 3});
		first.close();

		const second = openCorpusIndex([folder], {cache: true});
		expect(second.pendingTexts()).toBe(bodies.length - 3);
		expect(second.indexTexts({batchSize: 3})).toEqual({done: bodies.length - 3, remaining: 0});
		expect(second.pendingTexts()).toBe(0);
		const reference = (await loadCorpus([folder], {cache: false})).articles;
		const engine = prepareSearch(reference);
		const catalog = second.catalog();
		for (const text of ['香港', '经济 -香港', 'title:第1', 'COVID', 'covid', '香港 source:bbc', '-source:bbc 经济', 'after:2020-01-05 香港', '天气 OR']) {
			const {query} = parseQuery(text);
			const expected = matchArticles(engine, query).map(position => reference[position]?.id);
			expect(second.search(catalog, query).map(position => catalog.at(position)?.id), text).toEqual(expected);
		}

		expect(second.search(catalog, parseQuery('香港').query)).toHaveLength(4);
		second.close();
		fs.rmSync(folder, {recursive: true, force: true});
	});
});
