#!/usr/bin/env node
// Benchmarks the interactive reader in a pseudo-terminal on a corpus ten times the real one:
// time to the first full frame, keypress-to-frame latency in the list and the reader, and
// time to filter the list while a Chinese query is typed.
//
//   npm run build && node bench/reader.mjs [--command "node test/helpers/fixtures/fake-app.mjs"]
//     [--runs 7] [--presses 200] [--copies 10] [--corpus PATH]
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
import {startScreen} from './lib/pty-screen.mjs';
import stringWidth from 'string-width';
import {formatTimings} from './lib/stats.mjs';

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

const query = '香港国安';
const cols = 120;
const rows = 40;
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
}});
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
const env = {CORPUS_READER_CACHE_DIR: cache, TZ: 'UTC'};
const startApp = folder => startScreen({command, args: [folder], cols, rows, cwd: repoRoot, env});

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
const startReady = async folder => {
	const app = startApp(folder);
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
};

const measureStartup = async folder => {
	const times = [];
	let statusAtReady = '';
	for (let run = 0; run < runs; run++) {
		const {app, ms} = await startReady(folder);
		times.push(ms);
		if (run === 0) {
			statusAtReady = statusRow(app.screen()).trim();
		}

		await app.stop(keys.quit);
	}

	console.log(`${padLabel(`startup to first full frame (${runs} runs)`)}${formatTimings(times)}`);
	console.log(`  status row at the first full frame: ${statusAtReady}`);
};

/** Pages the current article with all the presses, once a short trial has shown it can page. */
const pageAgain = async (app, paging) => {
	await app.frameAfter(keys.switchPane, {timeoutMs: frameTimeoutMs});
	const paged = await pressAll(app, paging);
	await app.frameAfter(keys.switchPane, {timeoutMs: frameTimeoutMs});
	return paged;
};

const measureKeys = async folder => {
	const {app} = await startReady(folder);
	try {
		await waitIdle(app);
		console.log(`  status row when keys are timed: ${statusRow(app.screen()).trim()}`);
		report(`list: ${JSON.stringify(keys.down)} ×${presses}`, await pressAll(app, Array.from({length: presses}, () => keys.down)));
		// Down then up keeps every press visible, whatever the article's length beyond one page.
		const paging = Array.from({length: Math.ceil(presses / 2)}, (_, index) => (index % 2 === 0 ? keys.pageDown : keys.pageUp));
		let paged;
		// An article that fits one page cannot page: try the next ones until one does.
		for (let attempt = 0; attempt < 60; attempt++) {
			await app.frameAfter(keys.switchPane, {timeoutMs: frameTimeoutMs});
			paged = await pressAll(app, attempt === 0 ? paging : paging.slice(0, 5));
			await app.frameAfter(keys.switchPane, {timeoutMs: frameTimeoutMs});
			if (!paged.stopped) {
				if (attempt > 0) {
					paged = await pageAgain(app, paging);
				}

				break;
			}

			await app.frameAfter(keys.down, {timeoutMs: frameTimeoutMs});
		}

		report(`reader: PageDown/PageUp ×${paging.length}`, paged);
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

		report(`search: ${query}, key to first frame`, perCharacter);
		report(`search: ${query}, key to settled screen`, {latencies: settled, unchanged: 0});
		report(`search: ${query}, whole query settled`, {latencies: wholeQuery, unchanged: 0});
		console.log(`  status row after the query: ${statusAfterQuery.trim()}`);
	} finally {
		await app.stop(keys.quit);
	}
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
	try {
		if (!flags.command) {
			// A warm index, as a user has from the second run on: files written in the last 2 s are
			// not trusted (they are read again), so the copy ages first; then every body is indexed.
			await new Promise(resolve => setTimeout(resolve, 2500));
			spawnSync(command[0], [command[1], 'search', '香港', '--count', corpus.folder], {env: {...process.env, ...env}});
		}

		const shown = command.map(part => (part === process.execPath ? 'node' : path.relative(repoRoot, part) || part));
		console.log(`corpus-reader reader benchmark: ${shown.join(' ')}`);
		console.log(`${corpus.fileCount} files (${flags.copies} copies of ${flags.corpus}), ${cols}×${rows}, Node ${process.version}`);
		await measureStartup(corpus.folder);
		await measureKeys(corpus.folder);
	} catch (error) {
		fail(error.message, error.screen);
	} finally {
		await corpus.remove();
		fs.rmSync(cache, {recursive: true, force: true});
	}
};

await main();
