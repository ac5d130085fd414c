#!/usr/bin/env node
// `npm run bench -- scale`: the index at 15.7k and 157k articles (the shared corpus copied 10 and 100
// times), each of our figures beside its peer's from the same run, as a ratio:
// - first run (cold index: every file read, every distinct body folded) of `search 关系 --count`;
// - `list --all` wall, warm (duplicates too: every file a line); `search Q --count` wall against `rg -l Q DIR | wc -l` (ripgrep reads every file);
// - the reader in a pseudo-terminal (120×40): warm start to the first full frame, then, once the
//   status bar shows search ready and a search has found articles, the time of each typed character;
//   then `c` (the sources view, counted over every article) and `=` (every duplicate shown);
// - resident memory of the reader open and searchable, and the index's size against the corpus's.
// Set BENCH_SCALES=10 (or 10,100) to choose. The corpora and indexes live in a temporary folder,
// removed at the end.
import {execFileSync, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {performance} from 'node:perf_hooks';
import {fileURLToPath} from 'node:url';
import {copyCorpus} from './lib/corpus-copy.mjs';
import {diskSize} from './lib/memory.mjs';
import {startScreen} from './lib/pty-screen.mjs';
import {summarize} from './lib/stats.mjs';

const cli = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/cli.js');
const scales = (process.env.BENCH_SCALES ?? '10,100').split(',').map(Number);
const queries = ['关系', '国家安全', 'trump'];
const mb = bytes => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const ms = value => `${value.toFixed(0)} ms`;
const ratio = (ours, theirs) => `${(ours / theirs).toFixed(2)}×`;

/** Wall time of a command (median of `runs`), and its stdout of the last run. */
function timed(command, args, env, runs = 3) {
	const times = [];
	let output = '';
	for (let run = 0; run < runs; run++) {
		const start = performance.now();
		const result = spawnSync(command, args, {env, encoding: 'utf8', maxBuffer: 1 << 30, shell: false});
		times.push(performance.now() - start);
		output = result.stdout;
	}

	return {ms: summarize(times).median, output};
}

function ripgrepCount(query, folder) {
	const start = performance.now();
	const output = execFileSync('sh', ['-c', `rg -l -F -- "$0" "$1" | wc -l`, query, folder], {encoding: 'utf8', maxBuffer: 1 << 30});
	return {ms: performance.now() - start, count: Number(output.trim())};
}

function residentOf(pid) {
	const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
	return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
}

/** The reader, warm: first full frame, then typed characters once search is ready. */
async function readerFigures(folder, env, total) {
	const starts = [];
	for (let run = 0; run < 3; run++) {
		const screen = startScreen({command: [process.execPath, cli], args: [folder], cols: 120, rows: 40, env});
		const shown = await screen.waitUntil(lines => (lines.at(-1) ?? '').includes(`1/${total}`) && lines.slice(0, 3).some(line => line.trim().length > 40), 60_000);
		starts.push(shown - screen.startedAt);
		await screen.stop();
	}

	const screen = startScreen({command: [process.execPath, cli], args: [folder], cols: 120, rows: 40, env});
	try {
		await screen.waitUntil(lines => (lines.at(-1) ?? '').includes(`1/${total}`), 60_000);
		// Ready: typing finds articles (not "search is getting ready"), and the background check is over.
		let ready = '';
		for (let attempt = 0; attempt < 600; attempt++) {
			await screen.settledAfter('/关');
			ready = screen.screen().at(-1) ?? '';
			if (/\d+ found/.test(ready) && !ready.includes('getting ready')) {
				break;
			}

			await screen.settledAfter('\u001B');
			await new Promise(resolve => setTimeout(resolve, 1000));
		}

		await screen.settledAfter('\u001B');
		while (/checking files|indexing text/.test(screen.screen().at(-1) ?? '')) {
			await new Promise(resolve => setTimeout(resolve, 200));
		}

		await screen.settledAfter('/关');
		// At 157k the first search may outlast the settle time: wait for its count.
		for (let attempt = 0; attempt < 200 && !/\d+ found/.test(screen.screen().at(-1) ?? ''); attempt++) {
			await new Promise(resolve => setTimeout(resolve, 100));
		}

		ready = screen.screen().at(-1) ?? '';
		const found = Number(/(\d+) found/.exec(ready)?.[1] ?? 0);
		const keys = ['系', '\u007F', '\u007F', '香', '港', '\u007F', '\u007F', '国', '家', '安', '全', '\u007F', '\u007F', '\u007F', '\u007F', '中', '美'];
		const times = [];
		for (const key of keys) {
			const frame = await screen.settledAfter(key, {settleMs: 150});
			if (frame.firstMs !== undefined) {
				times.push(frame.ms);
			}
		}

		const last = screen.screen().at(-1) ?? '';
		const rss = residentOf(screen.pid);
		// The sources view (counted over every article) and = (every duplicate shown): each key to its settled frame, checked.
		await screen.settledAfter('\u001B\u001B');
		const sourceTimes = [];
		let sources = '';
		for (let run = 0; run < 3; run++) {
			const frame = await screen.settledAfter('c', {settleMs: 300, timeoutMs: 30_000});
			sources = screen.screen().at(-1) ?? '';
			if (/source 1\/\d+/.test(sources)) {
				sourceTimes.push(frame.ms);
			}

			await screen.settledAfter('\u001B');
		}

		const shownAll = await screen.settledAfter('=', {settleMs: 300, timeoutMs: 30_000});
		const all = screen.screen().at(-1) ?? '';
		const hiddenAgain = await screen.settledAfter('=', {settleMs: 300, timeoutMs: 30_000});
		return {
			start: summarize(starts).median, starts, ready: ready.trim(), found, typed: summarize(times), last: last.trim(), rss,
			sources: summarize(sourceTimes), sourcesStatus: sources.trim(), showAll: shownAll.ms, allStatus: all.trim(), hideAgain: hiddenAgain.ms,
		};
	} finally {
		await screen.stop('\u001B\u001Bq');
	}
}

async function scale(copies) {
	const corpus = await copyCorpus({copies});
	const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-reader-bench-index-'));
	const env = {...process.env, CORPUS_READER_CACHE_DIR: cache, CORPUS_READER_STATE: '0', TZ: 'UTC'};
	try {
		const corpusBytes = await diskSize(corpus.folder);
		console.log(`\n-- ${copies}× the shared corpus: ${corpus.fileCount} files, ${mb(corpusBytes)} --`);
		// Files written in the last 2 s are not trusted by the index (their timestamp may hide a change): let the copy age.
		await new Promise(resolve => setTimeout(resolve, 2500));
		const cold = timed(process.execPath, [cli, 'search', queries[0], '--count', corpus.folder], env, 1);
		const indexBytes = await diskSize(cache);
		console.log(`first run (cold index, every file read and every distinct body folded): ${ms(cold.ms)}  (${cold.output.trim()} found); index ${mb(indexBytes)} = ${(indexBytes / corpusBytes).toFixed(2)}× the corpus`);
		// --all: every article, duplicates too (the plain list hides them, as the reader does), so the lines are the files.
		const list = timed(process.execPath, [cli, 'list', '--all', corpus.folder], env);
		console.log(`list --all, warm: ${ms(list.ms)}  (${list.output.split('\n').length - 1} lines)`);
		const unique = timed(process.execPath, [cli, 'list', corpus.folder], env, 1).output.split('\n').length - 1;
		console.log(`list, duplicates hidden: ${unique} lines`);
		const figures = {copies, files: corpus.fileCount, cold: cold.ms, list: list.ms, searches: []};
		for (const query of queries) {
			// --all: duplicates counted too, as rg counts every file.
			const ours = timed(process.execPath, [cli, 'search', query, '--count', '--all', corpus.folder], env);
			const rg = ripgrepCount(query, corpus.folder);
			figures.searches.push({query, ours: ours.ms, rg: rg.ms});
			console.log(`search ${query} --count: ${ms(ours.ms)} (${ours.output.trim()} found)  vs rg -l | wc -l: ${ms(rg.ms)} (${rg.count} files)  ratio ${ratio(ours.ms, rg.ms)}`);
		}

		// The reader hides the duplicates: its list is as long as the plain `list`.
		const reader = await readerFigures(corpus.folder, env, unique);
		console.log(`reader, warm start to first full frame: ${ms(reader.start)} median (${reader.starts.map(ms).join(', ')})`);
		console.log(`reader, search ready: status "${reader.ready}"; ${reader.found} found for 关 before timing`);
		console.log(`reader, one typed search character: median ${ms(reader.typed.median)}, p95 ${ms(reader.typed.p95)}, max ${ms(reader.typed.max)} (${reader.typed.count} keys); last status "${reader.last}"`);
		console.log(`reader, resident memory open and searchable: ${mb(reader.rss)}`);
		console.log(`reader, c (sources view, every article counted): median ${ms(reader.sources.median)}, max ${ms(reader.sources.max)} (${reader.sources.count} runs); status "${reader.sourcesStatus}"`);
		console.log(`reader, = (every duplicate shown): ${ms(reader.showAll)}, status "${reader.allStatus}"; = again: ${ms(reader.hideAgain)}`);
		return {...figures, start: reader.start, typed: reader.typed.median, rss: reader.rss, index: indexBytes, corpusBytes};
	} finally {
		await corpus.remove();
		fs.rmSync(cache, {recursive: true, force: true});
	}
}

const results = [];
for (const copies of scales) {
	results.push(await scale(copies));
}

if (results.length === 2) {
	const [small, large] = results;
	console.log(`\ngrowth ${small.files} → ${large.files} articles: warm start ${ms(small.start)} → ${ms(large.start)} (${ratio(large.start, small.start)}), list ${ms(small.list)} → ${ms(large.list)}, typed key ${ms(small.typed)} → ${ms(large.typed)}, memory ${mb(small.rss)} → ${mb(large.rss)}, cold ${ms(small.cold)} → ${ms(large.cold)}`);
}
