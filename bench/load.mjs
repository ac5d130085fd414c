// Times loadCorpus on the shared corpus copied 10× (~15,700 files). Needs `npm run build` first.
// Usage: node bench/load.mjs [copies]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {loadCorpus} from '../dist/corpus/load-corpus.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = path.resolve(repoRoot, '../shared/corpus');
const copies = Number(process.argv[2] ?? 10);
if (!fs.existsSync(source)) {
	console.log(`no corpus at ${source}: nothing to measure`);
	process.exit(0);
}

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-bench-'));
try {
	for (let copy = 0; copy < copies; copy++) {
		fs.cpSync(source, path.join(root, `copy-${copy}`), {recursive: true});
	}

	for (let run = 1; run <= 3; run++) {
		const start = performance.now();
		const corpus = await loadCorpus([root]);
		const loaded = performance.now() - start;
		const parseStart = performance.now();
		let blocks = 0;
		for (const article of corpus.articles) {
			blocks += article.blocks.length;
		}

		const parsed = performance.now() - parseStart;
		const files = corpus.articles.length;
		console.log(`run ${run}: loaded ${files} files in ${loaded.toFixed(0)} ms (${Math.round(files / loaded * 1000)} files/s); ` +
			`parsing every body afterwards: ${parsed.toFixed(0)} ms (${blocks} blocks); problems: ${corpus.problems.length}`);
	}
} finally {
	fs.rmSync(root, {recursive: true, force: true});
}
