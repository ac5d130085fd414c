/**
The wrapper judged by the project's typography checker (/shared/typography/check.mjs) under the second
edition of its rules (ASCII-quote parity, handles and tags, typed dashes): its sample cases, real
paragraphs of the shared corpus at random widths, and random text. Skipped when the shared folder is absent.
*/
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {wrapText} from '../../source/text/wrap.js';
import {articleLinks, runsTextWithMarks} from '../../source/article/links.js';
import {parseArticle} from '../../source/article/parse-article.js';
import {corpusFiles, seededRandom} from './corpus-paragraphs.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shared = path.resolve(repoRoot, '../shared');
const checker = path.join(shared, 'typography/check.mjs');
const corpus = path.join(shared, 'corpus');
const shim = path.join(repoRoot, 'test/typography-shim.mjs');
/** The edition of the rules the wrapper follows. */
const rules = 2;

function runChecker(args: string[]): {status: number | null; summary: string; output: string} {
	const result = spawnSync(process.execPath, [checker, ...args, '--rules', String(rules)], {cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024});
	const output = `${result.stdout}${result.stderr}`;
	return {status: result.status, summary: output.trim().split('\n').at(-1) ?? '', output: output.slice(0, 4000)};
}

describe.skipIf(!fs.existsSync(checker))('typography checker', () => {
	test('passes every sample case (through the built wrapper)', () => {
		expect(fs.existsSync(path.join(repoRoot, 'dist/text/wrap.js')), 'run `npm run build` first').toBe(true);
		const {status, summary, output} = runChecker(['--impl', shim]);
		expect(summary, output).toMatch(/^\d+ passed, 0 failed$/);
		expect(status).toBe(0);
	});

	test.skipIf(!fs.existsSync(corpus))('passes every headline and paragraph of the corpus at random widths, narrow and wide', () => {
		const random = seededRandom(20_240_615);
		const cases: Array<{id: string; text: string; width: number; ambiguousWide: boolean; rule: string}> = [];
		const outputs: Record<string, string[]> = {};
		for (const [fileIndex, file] of corpusFiles(corpus).entries()) {
			// Every headline and every paragraph, exactly as the reader lays them out: links with their marks
			// (`报道[2]`), held to their text by U+2060, which the rules name as glue (the screen shows the
			// same lines without it).
			const article = parseArticle(fs.readFileSync(file, 'utf8'), file);
			const links = articleLinks(article);
			const texts = [article.headline, ...[article.lead ?? [], ...article.blocks.map(block => (block.type === 'image' || block.type === 'media' ? [] : block.runs))].map(runs => runsTextWithMarks(runs, links))].filter(text => text !== '');
			for (const [index, text] of texts.entries()) {
				const width = 1 + Math.floor(random() * 120);
				const ambiguousWide = random() < 0.5;
				const id = `${fileIndex}-${index}-w${width}${ambiguousWide ? '-wide' : ''}`;
				cases.push({id, text, width, ambiguousWide, rule: path.relative(corpus, file)});
				outputs[id] = wrapText(text, width, {ambiguousWide});
			}
		}

		const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'typography-'));
		try {
			fs.writeFileSync(path.join(directory, 'cases.json'), JSON.stringify(cases));
			fs.writeFileSync(path.join(directory, 'output.json'), JSON.stringify(outputs));
			const {status, summary, output} = runChecker([path.join(directory, 'output.json'), '--cases', path.join(directory, 'cases.json'), '--quiet']);
			expect(summary, output).toBe(`${cases.length} passed, 0 failed`);
			expect(status).toBe(0);
		} finally {
			fs.rmSync(directory, {recursive: true, force: true});
		}
	}, 240_000);

	test('passes random mixes of CJK, punctuation, Latin, numbers, spaces and emoji', async () => {
		type CheckCase = (testCase: {text: string; width: number; ambiguousWide: boolean}, lines: string[], rules: number) => Array<{kind: string; detail: string}>;
		const {checkCase} = await import(pathToFileURL(checker).href) as {checkCase: CheckCase};
		const pieces = [
			'中', '文', '国', '，', '。', '、', '“', '”', '（', '）', '《', '》', '——', '……', '·', 'hello', 'COVID-19', '2.25', '-5', '$100', '％',
			' ', '\u3000', '\u00A0', '\n', '"', ' "', '" ', '(', ')', ',', '👍🏽', '👨‍👩‍👧‍👦', 'e\u0301',
			// The second edition's words: handles, tags, C++, typed dashes.
			'@nytchinese', '#MeToo', 'C++', 'C#', '--', '──', '-',
			// Escape sequences, which the judge strips: zero-width, never split, styles closed and reopened.
			'\u001B[31m', '\u001B[1;4m', '\u001B[0m', '\u001B]8;;https://x.cn/\u0007', '\u001B]8;;\u0007',
		];
		fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 50}), fc.integer({min: 1, max: 50}), fc.boolean(), (parts, width, ambiguousWide) => {
			const text = parts.join('');
			expect(checkCase({text, width, ambiguousWide}, wrapText(text, width, {ambiguousWide}), rules)).toEqual([]);
		}), {numRuns: 500});
	});
});
