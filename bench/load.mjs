#!/usr/bin/env node
// Loading and parsing on the shared corpus copied 10× (~15,700 files): loadCorpus time cold (no header
// cache yet; it is written), warm (from the cache) and without the cache, time to parse every body
// afterwards, `corpus-reader list` wall time in a child process cold, warm and without the cache, and
// resident memory after the cold load, after parsing and after prepareSearch, against the corpus size
// on disk. The header cache goes to a temporary folder (CORPUS_READER_CACHE_DIR), removed at the end.
//
//   npm run build && node --expose-gc bench/load.mjs [--copies 10] [--runs 3]
//
// Targets: `list` under 1 s warm; every body parsed in under 1 s; resident memory < 3× the corpus on disk.
import {spawnSync} from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {copyCorpus} from './lib/corpus-copy.mjs';
import {diskSize, residentMemory} from './lib/memory.mjs';

const {values: options} = parseArgs({options: {copies: {type: 'string', default: '10'}, runs: {type: 'string', default: '3'}}});
const dist = new URL('../dist/', import.meta.url);
const {loadCorpus} = await import(new URL('store/load-corpus.js', dist).href);
const {cacheFile, readHeaderCache} = await import(new URL('corpus/header-cache.js', dist).href);
const {prepareSearch} = await import(new URL('search/index.js', dist).href);
const cli = fileURLToPath(new URL('cli.js', dist));

const mb = bytes => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const ms = time => `${time.toFixed(0)} ms`;

if (globalThis.gc === undefined) {
	console.log('(run with node --expose-gc for settled memory figures)');
}

const corpus = await copyCorpus({copies: Number(options.copies)});
const cacheFolder = await fs.mkdtemp(path.join(os.tmpdir(), 'corpus-reader-bench-cache-'));
process.env.CORPUS_READER_CACHE_DIR = cacheFolder;
try {
	// Files modified in the last two seconds are not cached (see header-cache.ts): let the copy age.
	await new Promise(resolve => {
		setTimeout(resolve, 2100);
	});
	const bytes = await diskSize(corpus.folder);
	const ratio = rss => `${mb(rss)} = ${(rss / bytes).toFixed(2)}× disk`;
	console.log(`corpus: ${corpus.fileCount} files, ${mb(bytes)} on disk`);

	// Memory first, in a fresh heap: later runs would measure what earlier ones left behind.
	const before = residentMemory();
	let start = performance.now();
	const {articles, problems} = await loadCorpus([corpus.folder]);
	const loadTime = performance.now() - start;
	// Wait for the cache to be written (after the load, in the background).
	await readHeaderCache(cacheFile([corpus.folder]));
	const cacheSize = (await fs.stat(cacheFile([corpus.folder]))).size;
	const loaded = residentMemory();
	start = performance.now();
	let blocks = 0;
	for (const article of articles) {
		blocks += article.blocks.length;
	}

	const parseTime = performance.now() - start;
	const parsed = residentMemory();
	const index = prepareSearch(articles);
	const searchable = residentMemory();
	console.log(`run 1: loadCorpus cold ${ms(loadTime)} (${articles.length} articles, ${problems.length} problems; cache written: ${mb(cacheSize)}); `
		+ `parsing every body ${ms(parseTime)} (${blocks} blocks, ${(parseTime / articles.length * 1000).toFixed(0)} µs an article)`);
	console.log(`resident memory: before ${mb(before)}; loaded ${ratio(loaded)}; bodies parsed ${ratio(parsed)}; `
		+ `search index built (${index.texts.length} texts) ${ratio(searchable)}`);

	for (const [name, cache] of [['warm', undefined], ['without cache', false]]) {
		for (let run = 1; run <= Number(options.runs); run++) {
			start = performance.now();
			const again = await loadCorpus([corpus.folder], {cache});
			const load = performance.now() - start;
			start = performance.now();
			for (const article of again.articles) {
				void article.blocks;
			}

			console.log(`loadCorpus ${name}: ${ms(load)}; parsing every body ${ms(performance.now() - start)}`);
		}
	}

	const list = (name, environment) => {
		start = performance.now();
		const child = spawnSync(process.execPath, [cli, 'list', corpus.folder], {stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1024 * 1024, env: {...process.env, ...environment}});
		console.log(`corpus-reader list ${name}, wall time: ${ms(performance.now() - start)} (exit ${child.status})`);
	};

	for (let run = 1; run <= Number(options.runs); run++) {
		await fs.rm(cacheFile([corpus.folder]), {force: true});
		list('cold', {});
		list('warm', {});
		list('without cache', {CORPUS_READER_CACHE: '0'});
	}
} finally {
	await corpus.remove();
	await fs.rm(cacheFolder, {recursive: true, force: true});
}
