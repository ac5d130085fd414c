#!/usr/bin/env node
// `corpus-reader print` of one article against `node -e 0` on the same machine, in the same run:
// the target is under 2× Node's own start-up. Medians of interleaved runs, so load on the machine
// weighs on both alike.
//
//   npm run build && node bench/print.mjs [--runs 15]
import {spawnSync} from 'node:child_process';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {summarize} from './lib/stats.mjs';

const {values: options} = parseArgs({options: {runs: {type: 'string', default: '15'}}});
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seed = path.join(root, 'seeds', '000_207e4dbfa06874ba.txt');

const time = args => {
	const start = process.hrtime.bigint();
	const result = spawnSync(process.execPath, args, {stdio: ['ignore', 'ignore', 'inherit']});
	if (result.status !== 0) {
		throw new Error(`${args.join(' ')} exited ${result.status}`);
	}

	return Number(process.hrtime.bigint() - start) / 1e6;
};

const node = [];
const print = [];
for (let run = 0; run < Number(options.runs); run++) {
	node.push(time(['-e', '0']));
	print.push(time([path.join(root, 'dist/cli.js'), 'print', seed]));
}

const a = summarize(node);
const b = summarize(print);
console.log(`node -e 0                 median ${a.median.toFixed(1)} ms  p95 ${a.p95.toFixed(1)} ms`);
console.log(`corpus-reader print SEED  median ${b.median.toFixed(1)} ms  p95 ${b.p95.toFixed(1)} ms  (${(b.median / a.median).toFixed(2)}× node; target < 2×)`);
