#!/usr/bin/env node
// `npm run bench -- paste`: a 10 kB paste into the reader's search line on 15,720 articles (the
// shared corpus copied 10×, index warm and every body folded), 120×40: the time from the paste to
// the last byte of the frame it causes. The terminal marks the paste (bracketed paste mode), as
// every modern terminal does once the program asks: the reader takes it as one edit, searched once.
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {copyCorpus, sharedCorpus} from './lib/corpus-copy.mjs';
import {startScreen} from './lib/pty-screen.mjs';
import {summarize} from './lib/stats.mjs';

const cli = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/cli.js');
const corpus = await copyCorpus({copies: 10});
const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-reader-bench-index-'));
const env = {...process.env, CORPUS_READER_CACHE_DIR: cache, CORPUS_READER_STATE: '0', TZ: 'UTC'};
try {
	spawnSync(process.execPath, [cli, 'search', '香港', '--count', corpus.folder], {env});
	// Real text: the first 10 kB of the corpus's longest BBC article, line breaks and all.
	const folder = path.join(sharedCorpus, 'articles', 'BBC');
	const longest = fs.readdirSync(folder).map(name => path.join(folder, name)).sort((a, b) => fs.statSync(b).size - fs.statSync(a).size)[0];
	const text = fs.readFileSync(longest, 'utf8').replaceAll(/<[^>]*>/g, '').slice(0, 3400);
	const paste = `\u001B[200~${text}\u001B[201~`;
	console.log(`pasting ${Buffer.byteLength(text)} bytes (${text.split('\n').length} lines) from ${path.basename(longest)}`);
	const times = [];
	for (let run = 0; run < 5; run++) {
		const screen = startScreen({command: [process.execPath, cli], args: [corpus.folder], cols: 120, rows: 40, env});
		try {
			// The duplicates are hidden (all but one copy of each): the list is shorter than the files.
			await screen.waitUntil(lines => /^ 1\/\d+/.test(lines.at(-1) ?? ''), 60_000);
			await screen.settledAfter('/香港');
			const status = screen.screen().at(-1) ?? '';
			if (!/\d+ found/.test(status)) {
				throw new Error(`search is not ready: "${status.trim()}"`);
			}

			await screen.settledAfter('\u0015');
			const frame = await screen.settledAfter(paste, {settleMs: 300, timeoutMs: 60_000});
			times.push(frame.ms);
			const after = screen.screen().at(-1) ?? '';
			console.log(`run ${run + 1}: ${frame.ms.toFixed(0)} ms to the last frame; still on the search line: ${after.startsWith('/')}`);
		} finally {
			await screen.stop('\u001B\u001Bq');
		}
	}

	const stats = summarize(times);
	console.log(`10 kB paste, ${corpus.fileCount} articles: median ${stats.median.toFixed(0)} ms, max ${stats.max.toFixed(0)} ms (target < 200 ms)`);
} finally {
	await corpus.remove();
	fs.rmSync(cache, {recursive: true, force: true});
}
