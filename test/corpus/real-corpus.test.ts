import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {beforeAll, describe, expect, it} from 'vitest';
import {blockText, runsText} from '../../source/article/article.js';
import type {Corpus, CorpusArticle} from '../../source/corpus/corpus.js';
import {loadCorpus} from '../../source/store/load-corpus.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpusRoot = path.resolve(repoRoot, '../shared/corpus');
const present = fs.existsSync(corpusRoot);

const tagText = /<\/?[a-z][^>]*>/i;
const entityText = /&(?:[a-z]+|#\d+|#x[\da-f]+);/i;
const controls = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** Every string a reader sees of an article. */
function strings(article: CorpusArticle): string[] {
	const texts = [article.headline, article.source, article.section ?? ''];
	if (article.lead) {
		texts.push(runsText(article.lead));
	}

	for (const block of article.blocks) {
		texts.push(block.type === 'image' ? block.alt : (blockText(block) ?? ''));
	}

	return texts;
}

/** Whether the file carries a date in any of its forms. */
function fileHasDate(raw: string): boolean {
	return /^<!--\d+-->/m.test(raw) || /^date: \S/m.test(raw) || /^日期：/m.test(raw)
		|| /<div>(?:<i>[^<]*(?:<br>[^<]*)?)?\d{4}-\d\d-\d\d|<div>\d\d\/\d\d\/\d{4} - |<div><i>\w{3}, \d\d \w{3} \d{4}|<div><i>\d{4}年/.test(raw.slice(0, 20_000));
}

describe.skipIf(!present)('the real corpus', () => {
	let corpus: Corpus;
	beforeAll(async () => {
		corpus = await loadCorpus([corpusRoot]);
	});

	it('loads every file, with no problem but a no-header warning or none', () => {
		const files = fs.readdirSync(corpusRoot, {recursive: true, withFileTypes: true}).filter(entry => entry.isFile());
		expect(corpus.articles).toHaveLength(files.length);
		expect(corpus.problems.filter(problem => problem.kind !== 'degraded')).toEqual([]);
	});

	it('gives every article a headline, and a date wherever the file has one', () => {
		expect(corpus.articles.filter(article => article.headline === '').map(article => article.path)).toEqual([]);
		const undatedWithDate = corpus.articles
			.filter(article => article.date === null && fileHasDate(fs.readFileSync(article.path, 'utf8')))
			.map(article => article.path);
		expect(undatedWithDate).toEqual([]);
	});

	it('leaks no tag, no entity and no control character into any text', () => {
		const leaks: string[] = [];
		for (const article of corpus.articles) {
			for (const text of strings(article)) {
				const tag = tagText.exec(text);
				// Text the file itself wrote escaped (Reuters' `&lt;SFII UL&gt;`) is content, not a leak.
				const escaped = tag?.[0].replace('<', '&lt;').replace('>', '&gt;');
				if ((escaped !== undefined && !fs.readFileSync(article.path, 'utf8').includes(escaped))
					|| /divclass|imgsrc/.test(text) || entityText.test(text) || controls.test(text)) {
					leaks.push(`${article.path}: ${text.slice(0, 200)}`);
				}
			}
		}

		expect(leaks).toEqual([]);
	});

	it('makes every image and link absolute', () => {
		const relative: string[] = [];
		for (const article of corpus.articles) {
			for (const block of article.blocks) {
				if (block.type === 'image' && block.src !== '' && !/^https?:\/\//.test(block.src)) {
					relative.push(`${article.path}: ${block.src}`);
				}

				if (block.type !== 'image' && block.type !== 'media') {
					for (const run of block.runs) {
						if (run.type === 'link' && !/^[a-z][a-z\d+.-]*:/i.test(run.href)) {
							relative.push(`${article.path}: ${run.href}`);
						}
					}
				}
			}
		}

		expect(relative).toEqual([]);
	});

	it('reads the sections and sources of the headline suffixes', () => {
		const sections = new Set(corpus.articles.map(article => article.section));
		expect(sections).toContain('要闻分析');
		// Reposts and reports citing a known outlet say where they came from.
		expect(sections).toContain('人间思想笔记');
		expect(sections).toContain('金融时报');
	});

	it('gives each publisher one name: bylines, site suffixes and folders are not sources', () => {
		const counts = new Map<string, number>();
		for (const article of corpus.articles) {
			counts.set(article.source, (counts.get(article.source) ?? 0) + 1);
		}

		// 192 distinct sources before names were made canonical: RFI twice, CDT's reposts, Reuters' bylines.
		console.log(`distinct sources on the real corpus: ${counts.size}`);
		expect(counts.size).toBeLessThanOrEqual(30);
		for (const stray of ['消息人士', '消息', '人物', '报告', '标普', 'bydate', 'cdt', '法国国际广播电台 - RFI', 'RTI 中央廣播電臺', '']) {
			expect(counts.has(stray), stray).toBe(false);
		}

		const reuters = corpus.articles.filter(article => article.url?.includes('reuters.com'));
		expect(new Set(reuters.map(article => article.source))).toEqual(new Set(['路透']));
		expect(reuters.filter(article => article.headline.endsWith('--消息人士')).length).toBeGreaterThan(0);
	});
});
