#!/usr/bin/env node
// `npm run bench`: every benchmark in turn, each printing its own figures. They take some minutes
// (the corpus is copied ten times, wrap-ansi is slow). Pass names to run some only:
//
//   npm run bench -- print load
import {spawnSync} from 'node:child_process';
import path from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const all = ['print', 'wrap', 'typography-counts', 'search', 'reader', 'paste', 'scale'];
const chosen = process.argv.slice(2).length > 0 ? process.argv.slice(2) : all;
let failed = 0;
for (const name of chosen) {
	if (!all.includes(name)) {
		console.error(`bench: no benchmark "${name}" (${all.join(', ')})`);
		process.exit(2);
	}

	console.log(`\n== ${name} ==`);
	const result = spawnSync(process.execPath, ['--expose-gc', path.join(here, `${name}.mjs`)], {stdio: 'inherit'});
	failed += result.status === 0 ? 0 : 1;
}

process.exitCode = failed > 0 ? 1 : 0;
