#!/usr/bin/env node
// Benchmarks search on a corpus ten times the shared one: time to fold it (prepareSearch), the
// keystroke-to-result time while Chinese queries are typed one character at a time, and resident
// memory with the corpus loaded and searchable, against its size on disk.
//
//   npm run build && node --expose-gc bench/search.mjs [--copies 10] [--runs 20]
//
// Targets: < 30 ms per keystroke (p95) and resident memory < 3× the corpus on disk.
import fs from 'node:fs/promises';
import process from 'node:process';
import {parseArgs} from 'node:util';
import {copyCorpus} from './lib/corpus-copy.mjs';
import {formatTimings} from './lib/stats.mjs';
import {diskSize, residentMemory} from './lib/memory.mjs';

const {values: options} = parseArgs({options: {copies: {type: 'string', default: '10'}, runs: {type: 'string', default: '20'}}});
const dist = new URL('../dist/', import.meta.url);
const {prepareSearch, matchArticles, parseQuery, findHits, makeSnippet} = await import(new URL('search/index.js', dist).href);

/** `loadCorpus`, wherever source/store/ exports it. */
async function findLoadCorpus() {
	const folder = new URL('store/', dist);
	for (const name of await fs.readdir(folder).catch(() => [])) {
		if (name.endsWith('.js')) {
			const module = await import(new URL(name, folder).href);
			if (typeof module.loadCorpus === 'function') {
				return module.loadCorpus;
			}
		}
	}

	throw new Error('no loadCorpus in dist/store/: build first (npm run build)');
}

const mb = bytes => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const queries = ['香港国安', '中美关系', '新冠疫情', '美国大选', '台湾海峡', '經濟衰退'];

const loadCorpus = await findLoadCorpus();
const corpus = await copyCorpus({copies: Number(options.copies)});
try {
	const bytes = await diskSize(corpus.folder);
	const before = residentMemory();
	let start = performance.now();
	const {articles, problems} = await loadCorpus([corpus.folder]);
	const loadTime = performance.now() - start;
	const loaded = residentMemory();
	// loadCorpus parses bodies on first access; prepareSearch reads every body, so time that apart.
	start = performance.now();
	for (const article of articles) {
		void article.blocks;
	}

	const parseTime = performance.now() - start;
	const parsed = residentMemory();
	start = performance.now();
	const index = prepareSearch(articles);
	const prepareTime = performance.now() - start;
	const after = residentMemory();
	const heapAfterPrepare = process.memoryUsage().heapUsed;
	const ratio = bytes_ => `${(bytes_ / bytes).toFixed(2)}× disk`;
	console.log(`corpus: ${corpus.fileCount} files, ${articles.length} articles, ${problems.length} problems, ${mb(bytes)} on disk`);
	console.log(`loadCorpus: ${loadTime.toFixed(0)} ms   parsing every body: ${parseTime.toFixed(0)} ms   prepareSearch: ${prepareTime.toFixed(0)} ms`);
	console.log(`resident memory: ${mb(after)} = ${ratio(after)} (before loading ${mb(before)}; loadCorpus +${mb(loaded - before)}, `
		+ `bodies +${mb(parsed - loaded)}, search index +${mb(after - parsed)} = ${ratio(after - parsed)})`);

	const typing = [];
	const cold = [];
	const withSnippets = [];
	for (let run = 0; run < Number(options.runs); run++) {
		for (const text of queries) {
			// A fresh cache each time the query is typed, as when a person starts a new search.
			index.cache.entries.length = 0;
			for (let length = 1; length <= text.length; length++) {
				const query = parseQuery(text.slice(0, length)).query;
				let began = performance.now();
				const matches = matchArticles(index, query);
				typing.push(performance.now() - began);
				// And what a result list then needs for the rows on screen.
				began = performance.now();
				for (const article of matches.slice(0, 30)) {
					findHits(articles[article], query);
					makeSnippet(articles[article], query, 60);
				}

				withSnippets.push(performance.now() - began);
			}
		}

		if (run < 3) {
			for (const text of queries) {
				for (let length = 1; length <= text.length; length++) {
					index.cache.entries.length = 0;
					const began = performance.now();
					matchArticles(index, parseQuery(text.slice(0, length)).query);
					cold.push(performance.now() - began);
				}
			}
		}
	}

	console.log(`keystroke (typing, narrowing cache):  ${formatTimings(typing)}`);
	console.log(`keystroke (cold, full scan):          ${formatTimings(cold)}`);
	console.log(`hits + snippets for 30 visible rows:  ${formatTimings(withSnippets)}`);
	for (const text of queries) {
		index.cache.entries.length = 0;
		console.log(`  ${text}: ${matchArticles(index, parseQuery(text).query).length} matches`);
	}

	const rss = residentMemory();
	// The heap in use shows whether searching kept anything, or the process merely kept its pages.
	console.log(`resident memory after searching: ${mb(rss)}, heap in use ${mb(process.memoryUsage().heapUsed)} (${mb(heapAfterPrepare)} after prepareSearch)`);
} finally {
	await corpus.remove();
}
