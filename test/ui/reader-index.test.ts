import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {afterEach, expect, test} from 'vitest';
import {disposeAllTerminals, startTerminal} from '../helpers/terminal.js';
import {cliPath} from '../helpers/repo-paths.js';
import {makeCorpus} from './corpus-fixture.js';

afterEach(async () => {
	await disposeAllTerminals();
});

const article = (ms: number, headline: string): string => `<!--${ms}-->\n[${headline}](https://example.com/${ms})\n------\n\n<p>${headline}的正文。</p>\n`;

test('a warm reader checks its index file in the background: files added or rewritten in place show up', async () => {
	const corpus = makeCorpus(40);
	const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-reader-ui-cache-'));
	const env = {TZ: 'UTC', CORPUS_READER_CACHE: '1', CORPUS_READER_CACHE_DIR: cache};
	try {
		// Built first, so the reader starts warm: its first frame from the index, the check after it (in a worker).
		expect(spawnSync(process.execPath, [cliPath, 'list', corpus], {env: {...process.env, ...env}}).status).toBe(0);
		expect(fs.readdirSync(cache).some(name => name.endsWith('.sqlite'))).toBe(true);
		const session = startTerminal({args: [corpus], cols: 120, rows: 30, env});
		await session.waitFor(screen => (screen.at(-1) ?? '').includes('1/40') && !(screen.at(-1) ?? '').includes('checking'));
		fs.writeFileSync(path.join(corpus, '000-new.md'), article(Date.UTC(2021, 0, 1), '刚写进来的新文章'));
		await session.waitFor(screen => (screen.at(-1) ?? '').includes('/41') && (screen.at(-1) ?? '').includes('1 new article'), {timeout: 20_000});
		expect(session.screenText()).toContain('刚写进来的新文章');
		// The same article stays selected: the new one is above it.
		expect(session.screen().at(-1)).toContain('2/41');
		fs.writeFileSync(path.join(corpus, '000-new.md'), article(Date.UTC(2021, 0, 1), '改写过的标题'));
		await session.waitFor('改写过的标题', {timeout: 20_000});
		session.write('q');
		expect((await session.waitForExit()).exitCode).toBe(0);
	} finally {
		fs.rmSync(corpus, {recursive: true, force: true});
		fs.rmSync(cache, {recursive: true, force: true});
	}
});
