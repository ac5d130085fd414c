// The SQLite index answers search exactly as the in-memory engine did, on the whole shared corpus:
// the same articles in the same order, the same hits, from the library, the command line and the reader.
import {execFile} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import {afterAll, afterEach, beforeAll, describe, expect, test, vi} from 'vitest';
import type {CorpusArticle} from '../../source/corpus/corpus.js';
import {findHits} from '../../source/search/hits.js';
import {matchArticles} from '../../source/search/match.js';
import {parseQuery} from '../../source/search/query.js';
import {prepareSearch, type SearchIndex} from '../../source/search/search-index.js';
import {openCorpusIndex, type CorpusIndex} from '../../source/store/corpus-index.js';
import {loadCorpus} from '../../source/store/load-corpus.js';
import {cliPath, corpusPath} from '../helpers/repo-paths.js';
import {disposeAllTerminals, startTerminal} from '../helpers/terminal.js';

const hasCorpus = fs.existsSync(corpusPath);
const run = promisify(execFile);

/** Every query must be answered the same; all but `expectedEmpty` must match something, so no case passes vacuously. */
const queries = [
	// Han: one character, a pair, a phrase, longer terms, Traditional folded to Simplified.
	'中', '港', '的', '关系', '香港', '"国家安全"', '"中美 关系"', '中美 关系', '国安法', '新冠病毒', '美國總統',
	'關係', '臺灣', '國家安全',
	// Latin: smart case, a word inside a word, full width, phrases, one letter.
	'trump', 'Trump', 'TRUMP', 'covid', 'COVID', 'COVID-19', 'rump', '５Ｇ', 'ＡＩ', 'Ｔｒｕｍｐ', '"Hong Kong"', '"a b"', 'I',
	// Mixed scripts and punctuation.
	'BBC中文', '臺灣 Trump', '新冠 COVID', '“', '，', '“港区国安法”', '香港。',
	// Operators, alone and together; an unclosed quote searches what was typed.
	'香港 美国 中国', '香港 -中国', '中 -的', '香港 -"国家安全"', 'title:香港', '-title:香港 香港', 'title:美国 -title:中国',
	'source:rfi', 'source:法广', 'source:rfi 香港', '-source:bbc', '-source:bbc 香港', 'source:法广 source:bbc',
	'after:2020-07-01', 'before:2020-01-01', 'after:2020-07-01 before:2020-07-10 美国',
	'香港 source:rfi after:2020-07-01 -title:中国', '-"国家安全" -title:香港 中国', '"国家安全',
];
/** No article writes 中美 and 关系 apart. */
const expectedEmpty = new Set(['"中美 关系"']);

type Answer = {readonly ids: string[]; readonly hits: number[]};

let articles: readonly CorpusArticle[] = [];
let reference: SearchIndex;
let memoryIndex: CorpusIndex;

/** Today's engine: a scan of the folded articles `loadCorpus` gives, with nothing cached from earlier queries. */
function referenceAnswer(text: string): Answer {
	const {query} = parseQuery(text);
	reference.cache.entries.length = 0;
	const positions = matchArticles(reference, query);
	return {ids: positions.map(position => articles[position]!.id), hits: positions.map(position => findHits(articles[position]!, query).length)};
}

function indexAnswer(index: CorpusIndex, text: string): Answer {
	const {query} = parseQuery(text);
	const catalog = index.catalog();
	const found = index.search(catalog, query).map(position => catalog.at(position)!);
	return {ids: found.map(article => article.id), hits: found.map(article => findHits(article, query).length)};
}

beforeAll(async () => {
	if (hasCorpus) {
		articles = (await loadCorpus([corpusPath], {cache: false})).articles;
		reference = prepareSearch(articles);
		memoryIndex = openCorpusIndex([corpusPath], {cache: false});
		memoryIndex.sync();
		memoryIndex.indexTexts();
	}
});

afterAll(() => {
	memoryIndex?.close();
});

describe.skipIf(!hasCorpus)('the index in memory', () => {
	test('holds the whole corpus, in the order loadCorpus gives', () => {
		expect(articles.length).toBe(1572);
		expect([...memoryIndex.catalog().all()].map(article => article.id)).toEqual(articles.map(article => article.id));
	});

	test.each(queries)('%s: the same articles, in order, with the same hits', text => {
		const expected = referenceAnswer(text);
		expect(indexAnswer(memoryIndex, text)).toEqual(expected);
		if (expectedEmpty.has(text)) {
			expect(expected.ids).toEqual([]);
		} else {
			expect(expected.ids.length).toBeGreaterThan(0);
		}
	});

	test('an unclosed quote is reported, and searched as if closed', () => {
		expect(parseQuery('"国家安全').problems).toEqual(['Unclosed quote: "国家安全']);
		expect(referenceAnswer('"国家安全')).toEqual(referenceAnswer('"国家安全"'));
	});
});

describe.skipIf(!hasCorpus)('the index in a file', () => {
	let folder: string;
	beforeAll(() => {
		folder = fs.mkdtempSync(path.join(os.tmpdir(), 'search-equivalence-'));
	});
	afterAll(() => {
		vi.unstubAllEnvs();
		fs.rmSync(folder, {recursive: true, force: true});
	});

	test('gives the same answers when built, and when opened again', () => {
		vi.stubEnv('CORPUS_READER_CACHE_DIR', folder);
		const sample = ['关系', '"国家安全"', 'Trump', '５Ｇ', '香港 -中国', 'title:美国 -title:中国', 'source:法广 香港', 'after:2020-07-01 before:2020-07-10 美国'];
		const built = openCorpusIndex([corpusPath], {cache: true});
		built.sync();
		built.indexTexts();
		expect(path.dirname(built.file ?? '')).toBe(folder);
		const first = sample.map(text => indexAnswer(built, text));
		built.close();

		const reopened = openCorpusIndex([corpusPath], {cache: true});
		try {
			expect(reopened.sync().changed).toBe(false);
			expect(reopened.pendingTexts()).toBe(0);
			expect(first).toEqual(sample.map(text => referenceAnswer(text)));
			expect(sample.map(text => indexAnswer(reopened, text))).toEqual(first);
		} finally {
			reopened.close();
		}
	});
});

describe.skipIf(!hasCorpus)('the command line and the reader', () => {
	let cache: string;
	// Dates are local time: the programs run in UTC, so these queries have none (the reference runs here).
	const cliQueries = ['关系', '關係', '"国家安全"', 'Trump', '５Ｇ', '香港 -中国', 'title:美国 -title:中国', 'source:法广 香港'];
	const cli = async (...args: string[]): Promise<string> => {
		const {stdout} = await run(process.execPath, [cliPath, ...args], {
			env: {...process.env, CORPUS_READER_CACHE_DIR: cache, TZ: 'UTC'},
			maxBuffer: 512 * 1024 * 1024,
		});
		return stdout;
	};

	const jsonLines = (stdout: string): Array<Record<string, unknown>> => stdout.trim().split('\n').map(line => JSON.parse(line) as Record<string, unknown>);

	beforeAll(() => {
		cache = fs.mkdtempSync(path.join(os.tmpdir(), 'search-equivalence-cli-'));
	});
	afterEach(async () => {
		await disposeAllTerminals();
	});
	afterAll(() => {
		fs.rmSync(cache, {recursive: true, force: true});
	});

	test.each(cliQueries)('search --count, search --json and print --match %s agree with the reference', async text => {
		const expected = referenceAnswer(text);
		expect(expected.ids.length).toBeGreaterThan(0);
		// --all: duplicates too, as the reference finds them (the plain command hides them, see below).
		expect(await cli('search', text, corpusPath, '--count', '--all')).toBe(`${expected.ids.length}\n`);
		const originals = expected.ids.filter(id => articles.find(article => article.id === id)?.duplicateOf === null);
		expect(await cli('search', text, corpusPath, '--count')).toBe(`${originals.length}\n`);

		const found = jsonLines(await cli('search', text, corpusPath, '--json', '--all'));
		expect(found.map(line => line['id'])).toEqual(expected.ids);
		expect(found.map(line => line['hits'])).toEqual(expected.hits);
		expect(found.map(line => line['n'])).toEqual(expected.ids.map(id => articles.findIndex(article => article.id === id) + 1));

		const printed = jsonLines(await cli('print', '--match', text, '--format', 'json', corpusPath));
		expect(printed.map(line => line['id'])).toEqual(expected.ids);
	}, 60_000);

	test('/关系 in the reader finds as many articles as the reference, less the duplicates it hides', async () => {
		const expected = {ids: referenceAnswer('关系').ids.filter(id => articles.find(article => article.id === id)?.duplicateOf === null)};
		expect(expected.ids.length).toBeLessThan(referenceAnswer('关系').ids.length);
		const session = startTerminal({args: [corpusPath], cols: 120, rows: 30, env: {CORPUS_READER_CACHE_DIR: cache, TZ: 'UTC'}});
		await session.waitFor(screen => /\d+\/\d+/.test(screen.at(-1) ?? ''), {timeout: 30_000});
		session.write('/');
		await session.waitFor(screen => (screen.at(-1) ?? '').startsWith('/'));
		session.write('关系');
		// Search is answered once the bodies are indexed: wait for the count, however long that takes.
		await session.waitFor(screen => (screen.at(-1) ?? '').includes(`  ${expected.ids.length} found`), {timeout: 45_000});
		expect(session.screen().at(-1)).toMatch(/^\/关系/);
	}, 60_000);
});
