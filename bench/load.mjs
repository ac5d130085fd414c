#!/usr/bin/env node
// Loading and parsing on the shared corpus copied 10× (~15,700 files): loadCorpus time, time to parse
// every body afterwards, `corpus-reader list` wall time in a child process, and resident memory after
// loading, after parsing and after prepareSearch, against the corpus size on disk.
//
//   npm run build && node --expose-gc bench/load.mjs [--copies 10] [--runs 3]
//
// Targets: `list` under 1 s; every body parsed in under 1 s; resident memory < 3× the corpus on disk.
import {spawnSync} from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {copyCorpus} from './lib/corpus-copy.mjs';

const {values: options} = parseArgs({options: {copies: {type: 'string', default: '10'}, runs: {type: 'string', default: '3'}}});
const dist = new URL('../dist/', import.meta.url);
const {loadCorpus} = await import(new URL('corpus/load-corpus.js', dist).href);
const {prepareSearch} = await import(new URL('search/index.js', dist).href);
const cli = fileURLToPath(new URL('cli.js', dist));

async function diskSize(folder) {
	const entries = await fs.readdir(folder, {recursive: true, withFileTypes: true});
	let bytes = 0;
	for (const entry of entries.filter(entry => entry.isFile())) {
		bytes += (await fs.stat(path.join(entry.parentPath ?? entry.path, entry.name))).size;
	}

	return bytes;
}

function residentMemory() {
	globalThis.gc?.();
	return process.memoryUsage().rss;
}

const mb = bytes => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const ms = time => `${time.toFixed(0)} ms`;

if (globalThis.gc === undefined) {
	console.log('(run with node --expose-gc for settled memory figures)');
}

const corpus = await copyCorpus({copies: Number(options.copies)});
try {
	const bytes = await diskSize(corpus.folder);
	const ratio = rss => `${mb(rss)} = ${(rss / bytes).toFixed(2)}× disk`;
	console.log(`corpus: ${corpus.fileCount} files, ${mb(bytes)} on disk`);

	// Memory first, in a fresh heap: later runs would measure what earlier ones left behind.
	const before = residentMemory();
	let start = performance.now();
	const {articles, problems} = await loadCorpus([corpus.folder]);
	const loadTime = performance.now() - start;
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
	console.log(`run 1: loadCorpus ${ms(loadTime)} (${articles.length} articles, ${problems.length} problems); `
		+ `parsing every body ${ms(parseTime)} (${blocks} blocks, ${(parseTime / articles.length * 1000).toFixed(0)} µs an article)`);
	console.log(`resident memory: before ${mb(before)}; loaded ${ratio(loaded)}; bodies parsed ${ratio(parsed)}; `
		+ `search index built (${index.texts.length} texts) ${ratio(searchable)}`);

	for (let run = 2; run <= Number(options.runs); run++) {
		start = performance.now();
		const again = await loadCorpus([corpus.folder]);
		const load = performance.now() - start;
		start = performance.now();
		for (const article of again.articles) {
			void article.blocks;
		}

		console.log(`run ${run}: loadCorpus ${ms(load)}; parsing every body ${ms(performance.now() - start)}`);
	}

	for (let run = 1; run <= Number(options.runs); run++) {
		start = performance.now();
		const child = spawnSync(process.execPath, [cli, 'list', corpus.folder], {stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1024 * 1024});
		const wall = performance.now() - start;
		console.log(`corpus-reader list, wall time: ${ms(wall)} (exit ${child.status})`);
	}
} finally {
	await corpus.remove();
}
