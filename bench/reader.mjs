#!/usr/bin/env node
// Benchmarks the interactive reader in a pseudo-terminal on a corpus ten times the real one:
// time to the first full frame, keypress-to-frame latency in the list and the reader at each size,
// and time to filter the list while a Chinese query is typed. Where newsboat is installed, it is
// fed an RSS file of the same articles and driven the same way in the same run (the same actions
// on its default keys: Down in the article list, PageDown/PageUp in an article), and each figure
// is printed beside newsboat's as a ratio.
//
//   npm run bench -- reader
//   npm run build && node bench/reader.mjs [--command "node test/helpers/fixtures/fake-app.mjs"]
//     [--runs 7] [--presses 200] [--copies 10] [--corpus PATH] [--sizes 120x40,200x50] [--no-newsboat]
//
// --command replaces `node dist/cli.js`, e.g. to try the mechanics on the stand-in app.
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {copyCorpus, sharedCorpus} from './lib/corpus-copy.mjs';
import {newsboatVersion, prepareNewsboat, writeFeed} from './lib/newsboat.mjs';
import {startScreen} from './lib/pty-screen.mjs';
import stringWidth from 'string-width';
import {formatTimings, summarize} from './lib/stats.mjs';

// ---- Adjust these to the reader's layout and key map. ----------------------------------------

/** The status bar's position counter, e.g. "1/15720"; looked for in the last row with text. */
const statusPattern = /\d+\/\d+/;

/** The status bar: the last row with text (URLs in the article also match the counter pattern). */
const statusRow = screen => screen.findLast(row => row.trim() !== '') ?? '';

/** The reader pane's part of a row: right of the last pane divider, or the whole row without one. */
const readerPart = row => row.slice(row.lastIndexOf('│') + 1);

/**
 * The first full frame: the status bar shows the counter and the reader pane shows article text, i.e.
 * at least ten rows whose reader part holds a run of six or more Han characters (list titles
 * are cut short beside the reader, so they rarely count).
 *
 * @param {string[]} screen the visible rows
 */
const isReady = screen =>
	statusPattern.test(statusRow(screen))
	&& screen.filter(row => /\p{Script=Han}{6,}/u.test(readerPart(row))).length >= 10;

const keys = {
	down: 'j',
	switchPane: '\t',
	pageDown: '\u001B[6~',
	pageUp: '\u001B[5~',
	search: '/',
	leaveSearch: '\u001B',
	quit: 'q',
};

/** The same actions on newsboat's default keys (Down as a terminal sends it in the keypad mode curses sets). */
const newsboatKeys = {
	down: '\u001BOB',
	open: '\r',
	close: 'q',
	pageDown: '\u001B[6~',
	pageUp: '\u001B[5~',
};

const query = '香港国安';
const readyTimeoutMs = 60_000;
const frameTimeoutMs = 2000;
const queryRepeats = 5;
/** Quiet time after which the screen counts as settled (it adds nothing to the figures). */
const settleMs = 300;

// ------------------------------------------------------------------------------------------------

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const {values: flags} = parseArgs({options: {
	command: {type: 'string'},
	runs: {type: 'string', default: '7'},
	presses: {type: 'string', default: '200'},
	copies: {type: 'string', default: '10'},
	corpus: {type: 'string', default: sharedCorpus},
	sizes: {type: 'string', default: '120x40,200x50'},
	'no-newsboat': {type: 'boolean', default: false},
}});
const sizes = flags.sizes.split(',').map(size => {
	const [cols, rows] = size.split('x').map(Number);
	return {cols, rows, label: `${cols}×${rows}`};
});
const command = flags.command ? flags.command.split(/\s+/).filter(Boolean).map(part => (part === 'node' ? process.execPath : part)) : [process.execPath, path.join(repoRoot, 'dist', 'cli.js')];
const runs = Number(flags.runs);
const presses = Number(flags.presses);

const fail = (message, screen) => {
	const shown = screen?.join('\n').trimEnd();
	process.stderr.write(`bench/reader: ${message}${screen ? `\nLast screen:\n${shown || '(blank)'}` : ''}\n`);
	process.exitCode = 1;
};

// The index lives in a folder of the run's own, built before anything is timed (see `main`).
const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-reader-bench-index-'));
// No reading state: every run starts on article 1, with nothing read.
const env = {CORPUS_READER_CACHE_DIR: cache, CORPUS_READER_STATE: '0', TZ: 'UTC'};
const startApp = (folder, {cols, rows}) => startScreen({command, args: [folder], cols, rows, cwd: repoRoot, env});

/** Waits until the status bar shows no background work (checking files, indexing text): keys are timed on an idle reader. */
const waitIdle = async app => {
	for (let waited = 0; /checking files|indexing text/.test(statusRow(app.screen())); waited += 100) {
		if (waited > readyTimeoutMs) {
			throw Object.assign(new Error('background work did not finish'), {screen: app.screen()});
		}

		await new Promise(resolve => setTimeout(resolve, 100));
	}
};

/** Spawns the app and resolves with it and the milliseconds to its first full frame; kills it and throws if it never gets there. */
const startReady = async (folder, size) => {
	const app = startApp(folder, size);
	try {
		const readyAt = await app.waitUntil(isReady, readyTimeoutMs);
		return {app, ms: readyAt - app.startedAt};
	} catch (error) {
		const screen = app.screen();
		app.kill();
		await app.stop();
		throw Object.assign(new Error(`the reader never showed a full frame: ${error.message}`), {screen});
	}
};

/**
 * Presses keys one after another, each after the previous frame, and collects the latencies.
 * Stops early after five presses in a row change nothing, so a wrong key map costs seconds,
 * not minutes.
 */
const pressAll = async (app, keySequence) => {
	const latencies = [];
	let unchanged = 0;
	let unchangedInARow = 0;
	for (const key of keySequence) {
		const {ms, changed} = await app.frameAfter(key, {timeoutMs: frameTimeoutMs});
		if (changed) {
			latencies.push(ms);
			unchangedInARow = 0;
		} else {
			unchanged++;
			unchangedInARow++;
			if (unchangedInARow === 5) {
				return {latencies, unchanged, stopped: true};
			}
		}
	}

	return {latencies, unchanged, stopped: false};
};

// Labels hold Chinese, so padding goes by display width, not by length.
const padLabel = label => label + ' '.repeat(Math.max(1, 50 - stringWidth(label)));

const report = (label, {latencies, unchanged, stopped}) => {
	const problems = [
		...(unchanged > 0 ? [`${unchanged} presses showed no change within ${frameTimeoutMs} ms`] : []),
		...(stopped ? ['stopped after 5 in a row: check the key map at the top of bench/reader.mjs'] : []),
	];
	console.log(`${padLabel(label)}${formatTimings(latencies)}${problems.length > 0 ? `  [${problems.join('; ')}]` : ''}`);
	return latencies.length > 0 ? summarize(latencies).median : Number.NaN;
};

/** Our median beside the peer's, as a ratio: the machines are shared and noisy, a ratio from one run is what holds. */
const compare = (label, ours, peer) => {
	console.log(`${padLabel(`  ${label}: corpus-reader / newsboat`)}${ours.toFixed(1)} ms / ${peer.toFixed(1)} ms = ${(ours / peer).toFixed(2)}×`);
};

const measureStartup = async (folder, size) => {
	const times = [];
	let statusAtReady = '';
	for (let run = 0; run < runs; run++) {
		const {app, ms} = await startReady(folder, size);
		times.push(ms);
		if (run === 0) {
			statusAtReady = statusRow(app.screen()).trim();
		}

		await app.stop(keys.quit);
	}

	console.log(`${padLabel(`startup to first full frame (${runs} runs)`)}${formatTimings(times)}`);
	console.log(`  status row at the first full frame: ${statusAtReady}`);
};

/**
 * Times `down` in the list, then paging in an article: `open` shows the selected article, `close`
 * goes back to the list, and an article that fits one page is passed over for the next one (`down`)
 * until one pages. Returns the two medians.
 */
const measureMoves = async (app, {label, down, open, close, pageDown, pageUp}) => {
	const downMedian = report(`${label} list: ${JSON.stringify(down)} ×${presses}`, await pressAll(app, Array.from({length: presses}, () => down)));
	// Down then up keeps every press visible, whatever the article's length beyond one page.
	const paging = Array.from({length: Math.ceil(presses / 2)}, (_, index) => (index % 2 === 0 ? pageDown : pageUp));
	let paged;
	for (let attempt = 0; attempt < 60; attempt++) {
		await app.frameAfter(open, {timeoutMs: frameTimeoutMs});
		paged = await pressAll(app, paging.slice(0, 5));
		if (!paged.stopped && paged.unchanged === 0) {
			paged = await pressAll(app, paging);
			await app.frameAfter(close, {timeoutMs: frameTimeoutMs});
			break;
		}

		await app.frameAfter(close, {timeoutMs: frameTimeoutMs});
		await app.frameAfter(down, {timeoutMs: frameTimeoutMs});
	}

	const pageMedian = report(`${label} article: PageDown/PageUp ×${paging.length}`, paged);
	return {downMedian, pageMedian};
};

const measureSearch = async app => {
	const perCharacter = {latencies: [], unchanged: 0};
	const settled = [];
	const wholeQuery = [];
	let statusAfterQuery = '';
	for (let repeat = 0; repeat < queryRepeats; repeat++) {
		await app.frameAfter(keys.search, {timeoutMs: frameTimeoutMs});
		let sum = 0;
		for (const character of query) {
			// The first frame may only echo the query; the filtered list can land later.
			const {firstMs, ms} = await app.settledAfter(character, {settleMs, timeoutMs: readyTimeoutMs});
			if (firstMs === undefined) {
				perCharacter.unchanged++;
			} else {
				perCharacter.latencies.push(firstMs);
			}

			settled.push(ms);
			sum += ms;
		}

		wholeQuery.push(sum);
		statusAfterQuery = statusRow(app.screen());
		await app.frameAfter(keys.leaveSearch, {timeoutMs: frameTimeoutMs});
	}

	// Timed only when search was ready and found articles: else the figures time a "getting ready" line.
	if (!/\b[1-9]\d* found/.test(statusAfterQuery) || /getting ready/.test(statusAfterQuery)) {
		throw Object.assign(new Error(`search found nothing, or was not ready: ${statusAfterQuery.trim()}`), {screen: app.screen()});
	}

	report(`search: ${query}, key to first frame`, perCharacter);
	report(`search: ${query}, key to settled screen`, {latencies: settled, unchanged: 0});
	report(`search: ${query}, whole query settled`, {latencies: wholeQuery, unchanged: 0});
	console.log(`  status row after the query: ${statusAfterQuery.trim()}`);
};

const measureOurs = async (folder, size, {withSearch}) => {
	const {app} = await startReady(folder, size);
	try {
		await waitIdle(app);
		console.log(`  status row when keys are timed: ${statusRow(app.screen()).trim()}`);
		const medians = await measureMoves(app, {label: 'corpus-reader', down: keys.down, open: keys.switchPane, close: keys.switchPane, pageDown: keys.pageDown, pageUp: keys.pageUp});
		if (withSearch) {
			await measureSearch(app);
		}

		return medians;
	} finally {
		await app.stop(keys.quit);
	}
};

/** newsboat on the same articles: its feed list, Enter to the feed's articles, then the same moves. */
const measureNewsboat = async (newsboat, size) => {
	const app = startScreen({command: newsboat.command, cols: size.cols, rows: size.rows, cwd: repoRoot, env: newsboat.env});
	try {
		await app.waitUntil(screen => /Your feeds/.test(screen[0] ?? ''), readyTimeoutMs);
		app.write(newsboatKeys.open);
		const shown = new RegExp(`Articles in feed .*\\(\\d+ unread, ${newsboat.items} total\\)`);
		await app.waitUntil(screen => shown.test(screen[0] ?? '') && screen.filter(row => /^\s+\d+ /.test(row)).length >= size.rows - 4, readyTimeoutMs);
		console.log(`  newsboat's title row when keys are timed: ${app.screen()[0].trim()}`);
		return await measureMoves(app, {label: 'newsboat', ...newsboatKeys});
	} catch (error) {
		throw Object.assign(error, {screen: app.screen()});
	} finally {
		await app.stop('qq');
	}
};

/** newsboat set up on the same articles, or undefined (with the reason printed) when it cannot be. */
const setUpNewsboat = async folder => {
	if (flags['no-newsboat'] || flags.command) {
		return undefined;
	}

	const version = newsboatVersion();
	if (version === undefined) {
		console.log('newsboat is not installed (apt-get install newsboat): no figures beside it');
		return undefined;
	}

	const home = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-reader-bench-newsboat-'));
	const feedFile = path.join(home, 'feed.xml');
	const items = await writeFeed({cli: command[1], folder, feedFile, env});
	const newsboat = prepareNewsboat({folder: home, feedFile, expectedItems: items});
	console.log(`${version}: ${newsboat.items} items in one feed made from the same articles`);
	return {...newsboat, remove: () => fs.rmSync(home, {recursive: true, force: true})};
};

const main = async () => {
	if (!flags.command && !fs.existsSync(command[1])) {
		fail(`${command[1]} is missing; run \`npm run build\` first.`);
		return;
	}

	if (!fs.existsSync(flags.corpus)) {
		fail(`no corpus at ${flags.corpus}`);
		return;
	}

	const corpus = await copyCorpus({source: flags.corpus, copies: Number(flags.copies)});
	let newsboat;
	try {
		if (!flags.command) {
			// A warm index, as a user has from the second run on: files written in the last 2 s are
			// not trusted (they are read again), so the copy ages first; then every body is indexed.
			await new Promise(resolve => setTimeout(resolve, 2500));
			spawnSync(command[0], [command[1], 'search', '香港', '--count', corpus.folder], {env: {...process.env, ...env}});
		}

		const shown = command.map(part => (part === process.execPath ? 'node' : path.relative(repoRoot, part) || part));
		console.log(`corpus-reader reader benchmark: ${shown.join(' ')}`);
		console.log(`${corpus.fileCount} files (${flags.copies} copies of ${flags.corpus}), Node ${process.version}`);
		newsboat = await setUpNewsboat(corpus.folder);
		for (const [index, size] of sizes.entries()) {
			console.log(`\n-- ${size.label} --`);
			if (index === 0) {
				await measureStartup(corpus.folder, size);
			}

			const ours = await measureOurs(corpus.folder, size, {withSearch: index === 0});
			if (newsboat) {
				const peer = await measureNewsboat(newsboat, size);
				compare(`${size.label} list, one down`, ours.downMedian, peer.downMedian);
				compare(`${size.label} article, one page`, ours.pageMedian, peer.pageMedian);
			}
		}
	} catch (error) {
		fail(error.message, error.screen);
	} finally {
		newsboat?.remove();
		await corpus.remove();
		fs.rmSync(cache, {recursive: true, force: true});
	}
};

await main();
