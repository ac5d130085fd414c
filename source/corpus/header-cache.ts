/**
The header cache: what loading learnt of each file (its header, a digest of its body, or why it is
no article), kept between runs so that a start reads no unchanged file.

- Where: `$CORPUS_READER_CACHE_DIR`, else `$XDG_CACHE_HOME/corpus-reader`, else
  `~/.cache/corpus-reader`; one JSON file per list of corpus roots, named by a hash of their absolute
  paths. Never inside a corpus: a corpus is never modified.
- When: corpora of 100 files or more (smaller ones load in milliseconds, and temporary folders would
  litter the cache). `CORPUS_READER_CACHE=0` turns it off, `CORPUS_READER_CACHE=1` on for any size;
  `loadCorpus(paths, {cache})` overrides both.
- Trust: an entry is used only while the file's size, modification time and inode are unchanged. A
  file modified within two seconds of its reading is not cached (its timestamp may not show a second
  change in the same tick). A corrupt cache, or one of another version, is ignored and rewritten; one
  that cannot be written (read-only home) is silently not.
*/
import {createHash} from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {type CacheEntry, decodeEntry, encodeEntry} from './cache-entry.js';

/** Bumped whenever what is cached, or how an article is parsed from a file, changes. */
const version = 1;

/** Below this many files a corpus is not cached unless asked. */
export const minimumCachedFiles = 100;

/** A file modified this close to its reading may change again unseen in the same timestamp tick. */
const racyMargin = 2000;

/** `off`; `on` for corpora of `minimumCachedFiles` or more; `always`. */
export type CacheMode = 'off' | 'on' | 'always';

/** The mode from the `cache` option (true: always), else `CORPUS_READER_CACHE` (`0` or `1`), else `on`. */
export function cacheMode(option: boolean | undefined, environment: NodeJS.ProcessEnv = process.env): CacheMode {
	const setting = option === undefined ? environment['CORPUS_READER_CACHE'] : (option ? '1' : '0');
	return setting === '0' ? 'off' : (setting === '1' ? 'always' : 'on');
}

/** The cache file for a list of corpus roots (see the top of this file for where). */
export function cacheFile(roots: readonly string[], environment: NodeJS.ProcessEnv = process.env): string {
	const base = environment['XDG_CACHE_HOME'] ?? path.join(os.homedir(), '.cache');
	const folder = environment['CORPUS_READER_CACHE_DIR'] ?? path.join(base, 'corpus-reader');
	const key = createHash('sha256').update(JSON.stringify(roots.map(root => path.resolve(root)))).digest('hex');
	return path.join(folder, `${key.slice(0, 32)}.json`);
}

/** Writes still running, by file: a load waits for the last write of its file before reading it. */
const pending = new Map<string, Promise<void>>();

/** The entries of a cache file by path; empty when it is missing, corrupt or of another version. */
export async function readHeaderCache(file: string): Promise<Map<string, CacheEntry>> {
	await pending.get(file);
	const entries = new Map<string, CacheEntry>();
	try {
		// Decoded in one call: 'utf8' here would decode chunk by chunk, three times slower.
		const data: unknown = JSON.parse((await fs.promises.readFile(file)).toString('utf8'));
		if (typeof data !== 'object' || data === null || !('version' in data) || data.version !== version || !('entries' in data) || !Array.isArray(data.entries)) {
			return entries;
		}

		for (const row of data.entries as unknown[]) {
			const decoded = decodeEntry(row);
			if (decoded === null) {
				// One bad row means a damaged file: trust none of it.
				return new Map();
			}

			entries.set(decoded[0], decoded[1]);
		}
	} catch {
		// Missing or unreadable: the load reads every file, and writes a new cache.
	}

	return entries;
}

/** Writes `entries` in place of `file`'s content, atomically (temporary file, then rename). Never throws. */
function writeNow(file: string, entries: ReadonlyMap<string, CacheEntry>, readSince: number): void {
	const rows = [];
	for (const [key, entry] of entries) {
		if (entry.stamp.mtimeMs < readSince - racyMargin) {
			rows.push(encodeEntry(key, entry));
		}
	}

	const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
	try {
		if (rows.length === 0) {
			// Nothing worth keeping (a corpus just written, say, in a temporary folder): no file to litter.
			fs.rmSync(file, {force: true});
			return;
		}

		fs.mkdirSync(path.dirname(file), {recursive: true});
		fs.writeFileSync(temporary, JSON.stringify({version, entries: rows}));
		fs.renameSync(temporary, file);
	} catch {
		// A cache that cannot be written costs only speed.
		try {
			fs.rmSync(temporary, {force: true});
		} catch {
			// Its folder could not be made, or is read-only: there is no temporary file.
		}
	}
}

/**
Writes the cache after the current task, so the load's result is not delayed. `readSince` is when
the files were first read (epoch ms): files modified after it less `racyMargin` are left out.
*/
export function writeHeaderCache(file: string, entries: ReadonlyMap<string, CacheEntry>, readSince: number): void {
	const previous = pending.get(file) ?? Promise.resolve();
	const written = previous.then(async () => new Promise<void>(resolve => {
		setImmediate(() => {
			try {
				writeNow(file, entries, readSince);
			} finally {
				resolve();
			}
		});
	}));
	pending.set(file, written);
	void written.then(() => {
		if (pending.get(file) === written) {
			pending.delete(file);
		}
	});
}
