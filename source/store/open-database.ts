/**
Opening the index database: created with private permissions, checked, and rebuilt from scratch
when it is corrupt, of another schema version or unreadable. Write-ahead logging lets a second
instance read while one writes; a busy timeout lets two writers take turns.
*/
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import {schema, schemaVersion} from './schema.js';

export type Opened = {
	readonly db: Database.Database;
	/** The file, or null for an index kept in memory. */
	readonly file: string | null;
	/** What to say on stderr (one line, without the program's name) when the index had to be rebuilt or kept in memory, else null. */
	readonly notice: string | null;
};

function configure(db: Database.Database, inMemory: boolean): void {
	if (!inMemory) {
		db.pragma('journal_mode = WAL');
		// Durable enough for a cache: a crash may lose the last transactions, never the file.
		db.pragma('synchronous = NORMAL');
	}

	db.pragma('busy_timeout = 10000');
	db.pragma('cache_size = -32000');
}

/**
The index in `file` as another instance made it, for a second connection (the background check's
worker): no creating, no rebuilding. Throws when it is not of this version.
*/
export function openExisting(file: string): Database.Database {
	const db = new Database(file, {fileMustExist: true});
	configure(db, false);
	if (db.pragma('user_version', {simple: true}) !== schemaVersion) {
		db.close();
		throw new Error('the index changed version meanwhile');
	}

	return db;
}

/** A fresh database in memory: for small corpora, `CORPUS_READER_CACHE=0`, or when no file can be had. */
export function openMemoryDatabase(notice: string | null = null): Opened {
	const db = new Database(':memory:');
	configure(db, true);
	db.exec(schema);
	db.pragma(`user_version = ${schemaVersion}`);
	return {db, file: null, notice};
}

/** Opens `file` as an index, throwing when it is not a usable one of this version. */
function openChecked(file: string): Database.Database {
	const db = new Database(file, {fileMustExist: true});
	try {
		configure(db, false);
		const version = db.pragma('user_version', {simple: true});
		if (version === 0) {
			// New (or empty): set it up in one transaction, so a second instance sees all or nothing.
			db.transaction(() => {
				if (db.pragma('user_version', {simple: true}) === 0) {
					db.exec(schema);
					db.pragma(`user_version = ${schemaVersion}`);
				}
			}).immediate();
		} else if (version !== schemaVersion) {
			throw new Error(`it is of another version (${String(version)})`);
		}

		// Reads a page of every table, so that a damaged file fails here, not in the middle of a search.
		db.prepare('SELECT count(*) FROM meta').get();
		db.prepare('SELECT id FROM files LIMIT 1').get();
		db.prepare('SELECT id FROM texts LIMIT 1').get();
		return db;
	} catch (error) {
		db.close();
		throw error;
	}
}

function removeDatabase(file: string): void {
	for (const suffix of ['', '-wal', '-shm']) {
		fs.rmSync(file + suffix, {force: true});
	}
}

/** Creates the folder (0700) and an empty file (0600), so that the index is never readable by others. */
function createPrivately(file: string): void {
	fs.mkdirSync(path.dirname(file), {recursive: true, mode: 0o700});
	fs.closeSync(fs.openSync(file, 'a', 0o600));
}

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
Opens the index in `file`, creating it when missing. A file that cannot be used is removed and made
again, with a notice; when even that fails (a read-only cache folder), the index is kept in memory
for this run, with a notice. Never throws.
*/
export function openDatabase(file: string): Opened {
	const existed = fs.existsSync(file);
	try {
		createPrivately(file);
		return {db: openChecked(file), file, notice: null};
	} catch (error) {
		if (!existed) {
			return openMemoryDatabase(`cannot create the index in ${path.dirname(file)} (${reasonOf(error)}): keeping it in memory`);
		}

		const reason = reasonOf(error);
		try {
			removeDatabase(file);
			createPrivately(file);
			return {db: openChecked(file), file, notice: `the index could not be used (${reason}): rebuilding it`};
		} catch (second) {
			return openMemoryDatabase(`the index could not be used (${reason}; ${reasonOf(second)}): keeping it in memory`);
		}
	}
}
