/**
A corpus's index, opened once and used by every command and by the reader: bring it up to date
with the files (`sync`), fold the bodies for search (`indexTexts`), then read the articles
(`catalog`) and search them (`search`).
*/
import fs from 'node:fs';
import type Database from 'better-sqlite3';
import {findFiles, type FoundFiles} from '../corpus/find-files.js';
import type {Query} from '../search/query.js';
import {Catalog} from './catalog.js';
import {indexFile, indexMode, minimumIndexedFiles} from './index-location.js';
import {indexTexts, pendingTexts, type IndexTextsOptions} from './index-texts.js';
import {searchIndex} from './indexed-search.js';
import {openDatabase, openMemoryDatabase, type Opened} from './open-database.js';
import {syncFiles, syncFilesInSlices, type SyncOptions, type SyncResult} from './sync-files.js';

export type IndexOptions = {
	/** True: an index file for any corpus; false: in memory only; default: `CORPUS_READER_CACHE`, else by size. */
	readonly cache?: boolean;
};

export type CorpusIndex = {
	readonly db: Database.Database;
	/** The index file, or null when it is kept in memory. */
	readonly file: string | null;
	/** What to say on stderr (the index was rebuilt, or could not be kept), without the program's name, or null. */
	readonly notice: string | null;
	/** Whether a complete walk has ever been recorded: the list can be shown before walking again. */
	readonly complete: () => boolean;
	readonly sync: (options?: SyncOptions) => SyncResult;
	/** `sync` a batch at a time, yielding to the event loop (or awaiting `between`) after each. */
	readonly syncInSlices: (options?: SyncOptions & {readonly between?: () => Promise<void>}) => Promise<SyncResult>;
	readonly pendingTexts: () => number;
	readonly indexTexts: (options?: IndexTextsOptions) => {done: number; remaining: number};
	/** The articles as the index has them now (a new catalog after a sync that changed them). */
	readonly catalog: () => Catalog;
	readonly search: (catalog: Catalog, query: Query) => number[];
	readonly meta: (key: string) => number;
	readonly close: () => void;
};

function wrap(opened: Opened, roots: readonly string[], walked: FoundFiles | undefined): CorpusIndex {
	const {db} = opened;
	let found = walked;
	let current: Catalog | undefined;
	let seenVersion: unknown;
	const meta = (key: string): number => {
		const value: unknown = db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(key);
		return typeof value === 'number' ? value : 0;
	};

	return {
		db,
		file: opened.file,
		notice: opened.notice,
		complete: () => meta('complete') === 1,
		sync(options = {}) {
			// The walk made to choose where the index goes serves the first sync.
			const result = syncFiles(db, roots, {...options, found: options.found ?? found});
			found = undefined;
			if (result.changed) {
				current = undefined;
			}

			return result;
		},
		async syncInSlices(options = {}) {
			const result = await syncFilesInSlices(db, roots, {...options, found: options.found ?? found});
			found = undefined;
			if (result.changed) {
				current = undefined;
			}

			return result;
		},
		pendingTexts: () => pendingTexts(db),
		indexTexts: options => {
			const result = indexTexts(db, options);
			if (result.done > 0) {
				// Text ids changed: the search columns must be read again.
				current = undefined;
			}

			return result;
		},
		catalog() {
			// Another instance may have changed the index since: SQLite counts its commits.
			const version = db.pragma('data_version', {simple: true});
			if (version !== seenVersion) {
				seenVersion = version;
				current = undefined;
			}

			current ??= new Catalog(db);
			return current;
		},
		search: (catalog, query) => searchIndex(db, catalog, query),
		meta,
		close() {
			if (db.open) {
				db.close();
			}
		},
	};
}

/**
Opens the index of the corpus under `roots`: the index file when there is one (or the corpus has
`minimumIndexedFiles` files or more), else one in memory. Never throws for a bad index file: it is
rebuilt, and `notice` says so.
*/
export function openCorpusIndex(roots: readonly string[], options: IndexOptions = {}): CorpusIndex {
	const mode = indexMode(options.cache);
	const file = mode === 'memory' ? null : indexFile(roots);
	if (file === null) {
		return wrap(openMemoryDatabase(), roots, undefined);
	}

	if (mode === 'auto' && !fs.existsSync(file)) {
		// A small corpus (a test folder, a handful of files) would only litter the cache folder.
		const found = findFiles(roots);
		if (found.files.length < minimumIndexedFiles) {
			return wrap(openMemoryDatabase(), roots, found);
		}

		return wrap(openDatabase(file), roots, found);
	}

	return wrap(openDatabase(file), roots, undefined);
}
