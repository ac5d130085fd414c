import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {afterEach, beforeEach} from 'vitest';
import type {CorpusArticle} from '../../source/corpus/corpus.js';

/** A new empty folder under the system's temporary folder. */
export function temporaryFolder(prefix: string): string {
	return fs.mkdtempSync(path.join(os.tmpdir(), `corpus-store-${prefix}-`));
}

/** A canonical article file: timestamp, link header, rule, HTML body. */
export const article = (ms: number | null, headline: string, url: string, body = `<p>${headline}的正文。</p>`): string =>
	`${ms === null ? '' : `<!--${ms}-->\n`}[${headline}](${url})\n------\n\n${body}\n`;

/** Writes `content` at `relative` under `root`, making folders on the way; returns the full path. */
export function writeFile(root: string, relative: string, content: string | Uint8Array): string {
	const full = path.join(root, relative);
	fs.mkdirSync(path.dirname(full), {recursive: true});
	fs.writeFileSync(full, content);
	return full;
}

/** Every file under `folder`, relative, sorted (folders end in `/`). */
export function listing(folder: string): string[] {
	return (fs.readdirSync(folder, {recursive: true, withFileTypes: true}))
		.map(entry => path.relative(folder, path.join(entry.parentPath, entry.name)) + (entry.isDirectory() ? '/' : ''))
		.sort();
}

/** Every regular file under `folder`, full paths. */
export const filesUnder = (folder: string): string[] => listing(folder).filter(name => !name.endsWith('/')).map(name => path.join(folder, name));

/** Sets the modification time of `files` an hour back (their ctime becomes now: see `waitUntilTrusted`). */
export function makeOld(files: readonly string[]): void {
	const past = new Date(Date.now() - 3_600_000);
	for (const file of files) {
		fs.utimesSync(file, past, past);
	}
}

/** Polls `condition` every 25 ms until it holds; fails after `timeout` ms. */
export async function waitUntil(condition: () => boolean, timeout = 10_000): Promise<void> {
	const deadline = Date.now() + timeout;
	while (!condition()) {
		if (Date.now() > deadline) {
			throw new Error('condition not met in time');
		}

		await new Promise(resolve => {
			setTimeout(resolve, 25);
		});
	}
}

/**
Waits until a sync starting now would trust every one of `files`: the index trusts a row only when
the file's mtime and ctime are more than 2 s older than the sync (file-row.ts `identity`), and ctime
cannot be set, only waited for.
*/
export async function waitUntilTrusted(files: readonly string[]): Promise<void> {
	const newest = Math.max(...files.map(file => Math.max(fs.statSync(file).ctimeMs, fs.statSync(file).mtimeMs)));
	await waitUntil(() => Date.now() > newest + 2200);
}

/** An article as plain data, body included (read first: a body that cannot be read adds a warning). */
export function plain(item: CorpusArticle): Record<string, unknown> {
	const {lead, blocks} = item;
	return {
		id: item.id, path: item.path, date: item.date, headline: item.headline, section: item.section, source: item.source,
		url: item.url, duplicateOf: item.duplicateOf, lead, blocks, warnings: [...item.warnings],
	};
}

/**
Points `CORPUS_READER_CACHE_DIR` at a new temporary folder for each test (and unsets
`CORPUS_READER_CACHE`), restoring both afterwards. Returns a getter for the folder.
*/
export function useCacheFolder(): () => string {
	let folder = '';
	const saved = {dir: process.env['CORPUS_READER_CACHE_DIR'], mode: process.env['CORPUS_READER_CACHE']};
	beforeEach(() => {
		folder = path.join(temporaryFolder('cache'), 'index');
		process.env['CORPUS_READER_CACHE_DIR'] = folder;
		delete process.env['CORPUS_READER_CACHE'];
	});
	afterEach(() => {
		restore('CORPUS_READER_CACHE_DIR', saved.dir);
		restore('CORPUS_READER_CACHE', saved.mode);
		fs.rmSync(path.dirname(folder), {recursive: true, force: true});
	});
	return () => folder;
}

function restore(name: string, value: string | undefined): void {
	if (value === undefined) {
		delete process.env[name];
	} else {
		process.env[name] = value;
	}
}
