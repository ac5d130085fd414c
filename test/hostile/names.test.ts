/**
File and folder names that are not UTF-8 (GBK names are common in archives unzipped from Windows):
found, opened by their real bytes, shown decoded as well as they can be, and flagged by `check`.
*/
import {Buffer} from 'node:buffer';
import fs from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, expect, test} from 'vitest';
import {openCorpusIndex} from '../../source/store/corpus-index.js';
import {useCacheFolder, waitUntil} from '../store/store-fixture.js';
import {article, runCli, temporaryFolder, writeFile} from './hostile-fixture.js';

useCacheFolder();

let root: string;
// 新闻 and 旧闻 in GBK: each decodes as UTF-8 to replacement characters only, so both would look alike.
const gbk = (hex: string): Buffer => Buffer.from(hex, 'hex');
const news = gbk('d0c2cec5');
const old = gbk('bec9cec5');

beforeAll(() => {
	root = temporaryFolder('names');
	writeFile(root, 'plain.md', article(1_590_000_000_000, '普通名字', 'https://x.org/plain', '<p>普通。</p>'));
	const bytes = (...parts: Buffer[]): Buffer => Buffer.concat([Buffer.from(root), ...parts.flatMap(part => [Buffer.from(path.sep), part])]);
	fs.writeFileSync(bytes(Buffer.concat([news, Buffer.from('.md')])), article(1_595_000_000_000, 'GBK名字的文章', 'https://x.org/gbk1', '<p>新闻正文。</p>'));
	fs.writeFileSync(bytes(Buffer.concat([old, Buffer.from('.md')])), article(1_594_000_000_000, '另一篇GBK名字', 'https://x.org/gbk2', '<p>旧闻正文。</p>'));
	fs.mkdirSync(bytes(news));
	fs.writeFileSync(bytes(news, Buffer.from('inner.md')), article(1_593_000_000_000, 'GBK文件夹里的', 'https://x.org/gbk3', '<p>文件夹里的正文。</p>'));
});

afterAll(() => {
	fs.rmSync(root, {recursive: true, force: true});
});

test('list shows every article, the names decoded from GBK', async () => {
	const list = await runCli(['list', '--json', root]);
	expect(list.code).toBe(0);
	const rows = list.stdout.split('\n').filter(Boolean).map(line => JSON.parse(line) as {id: string; headline: string});
	expect(rows.map(row => [row.id, row.headline])).toEqual([
		['新闻.md', 'GBK名字的文章'], ['旧闻.md', '另一篇GBK名字'], ['新闻/inner.md', 'GBK文件夹里的'], ['plain.md', '普通名字'],
	]);
});

test('print opens them by their real names', async () => {
	const printed = await runCli(['print', '--pick', '3', root]);
	expect(printed.code).toBe(0);
	expect(printed.stdout).toContain('文件夹里的正文。');
	expect((await runCli(['print', '--pick', '2', root])).stdout).toContain('旧闻正文。');
});

test('the quick check watches a folder whose name is not UTF-8: a file added there is seen', async () => {
	const start = Date.now();
	await waitUntil(() => Date.now() > start + 2200);
	const index = openCorpusIndex([root], {cache: true});
	try {
		index.sync();
		expect(index.sync()).toMatchObject({quick: true});
		fs.writeFileSync(Buffer.concat([Buffer.from(root), Buffer.from(path.sep), news, Buffer.from(path.sep), Buffer.from('added.md')]),
			article(1_596_000_000_000, '后加的', 'https://x.org/gbk4', '<p>后加。</p>'));
		expect(index.sync()).toMatchObject({quick: false, changed: true});
		expect([...index.catalog().all()].map(item => item.id)).toContain('新闻/added.md');
	} finally {
		index.close();
	}
});

test('check says which names are not UTF-8', async () => {
	const check = await runCli(['check', '--verbose', root]);
	expect(check.stdout + check.stderr).toMatch(/新闻\.md.*file name is not UTF-8/);
	expect(check.stdout + check.stderr).not.toContain('no such file');
});
