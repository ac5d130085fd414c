/**
Encodings: GB18030/GBK and Big5 without a BOM (sniffed), UTF-16 LE/BE and UTF-8 with a BOM, CRLF
line ends. Each loads with the right headline and body, and the non-UTF-8 ones are named.
*/
import fs from 'node:fs';
import {afterAll, beforeAll, describe, expect, test} from 'vitest';
import {blockText} from '../../source/article/article.js';
import type {Corpus, CorpusArticle} from '../../source/corpus/corpus.js';
import {loadCorpus} from '../../source/store/load-corpus.js';
import {article, runCli, temporaryFolder, writeFile} from './hostile-fixture.js';

const hex = (text: string): Buffer => Buffer.from(text.replaceAll(' ', ''), 'hex');
const ascii = (text: string): Buffer => Buffer.from(text, 'latin1');

// Known byte sequences (checked against iconv): 中文新闻：香港的天气很好。 in GBK / GB18030, and
// 國際新聞：香港的天氣很好。 in Big5. Written by hand so the test needs no converter.
const gbkSentence = hex('d6d0 cec4 d0c2 cec5 a3ba cfe3 b8db b5c4 ccec c6f8 badc bac3 a1a3');
const big5Sentence = hex('b0ea bbda b773 bb44 a147 adbb b4e4 aaba a4d1 aef0 abdc a66e a143');
const gbkText = '中文新闻：香港的天气很好。';
const big5Text = '國際新聞：香港的天氣很好。';

/** An article whose headline and paragraph are the same legacy-encoded sentence. */
const legacyArticle = (ms: number, sentence: Buffer): Buffer => Buffer.concat([
	ascii(`<!--${ms}-->\n[`), sentence, ascii(`](https://x.org/${ms})\n------\n\n<p>`), sentence, sentence, ascii('</p>\n'),
]);

const canonical = (ms: number, headline: string): string => article(ms, headline, `https://x.org/${ms}`, `<p>${headline}的正文。</p>`);

let folder: string;
let corpus: Corpus;
const byName = (name: string): CorpusArticle => {
	const found = corpus.articles.find(item => item.id === name);
	if (!found) {
		throw new Error(`${name} did not load`);
	}

	return found;
};

beforeAll(async () => {
	folder = temporaryFolder('encodings');
	writeFile(folder, 'gbk.md', legacyArticle(1, gbkSentence));
	writeFile(folder, 'big5.md', legacyArticle(2, big5Sentence));
	writeFile(folder, 'utf16le.md', Buffer.concat([hex('fffe'), Buffer.from(canonical(3, '小端标题'), 'utf16le')]));
	writeFile(folder, 'utf16be.md', Buffer.concat([hex('feff'), Buffer.from(canonical(4, '大端标题'), 'utf16le').swap16()]));
	writeFile(folder, 'utf8bom.md', Buffer.concat([hex('efbbbf'), Buffer.from(canonical(5, '带BOM标题'))]));
	writeFile(folder, 'crlf.md', canonical(6, '回车换行标题').replaceAll('\n', '\r\n'));
	corpus = await loadCorpus([folder]);
});

afterAll(() => {
	fs.rmSync(folder, {recursive: true, force: true});
});

describe('each encoding loads with its headline and body right', () => {
	test.each([
		['gbk.md', gbkText, gbkText + gbkText],
		['big5.md', big5Text, big5Text + big5Text],
		['utf16le.md', '小端标题', '小端标题的正文。'],
		['utf16be.md', '大端标题', '大端标题的正文。'],
		['utf8bom.md', '带BOM标题', '带BOM标题的正文。'],
		['crlf.md', '回车换行标题', '回车换行标题的正文。'],
	])('%s', (name, headline, body) => {
		const loaded = byName(name);
		expect(loaded.headline).toBe(headline);
		expect(loaded.blocks.map(block => blockText(block))).toEqual([body]);
		expect(loaded.url).toMatch(/^https:\/\/x\.org\/\d$/);
	});
});

describe('problems', () => {
	test('UTF-8 with a BOM and CRLF line ends are clean', () => {
		const clean = corpus.problems.filter(problem => /utf8bom|crlf/.test(problem.path));
		expect(clean).toEqual([]);
	});

	test('legacy and UTF-16 files are degraded, never skipped', () => {
		const kinds = Object.fromEntries(corpus.problems.map(problem => [problem.path.slice(folder.length + 1), problem.kind]));
		expect(kinds).toEqual({'gbk.md': 'degraded', 'big5.md': 'degraded', 'utf16le.md': 'degraded', 'utf16be.md': 'degraded'});
	});

	test.each([
		['gbk.md', 'decoded as GB18030'],
		['big5.md', 'decoded as Big5'],
		['utf16le.md', 'decoded as UTF-16LE'],
		['utf16be.md', 'decoded as UTF-16BE'],
	])('%s: the problem names the encoding', (name, reason) => {
		expect(corpus.problems.find(problem => problem.path.endsWith(name))?.reason).toBe(reason);
	});

	test('check lists one line per degraded file and exits 1', async () => {
		const {stdout, code} = await runCli(['check', folder]);
		expect(code).toBe(1);
		expect(stdout.split('\n').filter(Boolean).map(line => line.split('\t')[0])).toEqual(['degraded', 'degraded', 'degraded', 'degraded']);
	});
});
