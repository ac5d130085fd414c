/**
Bringing the index up to date with the files: walk the roots, read only what is new or changed
(by size, mtime, ctime, inode and device), forget what vanished, and put the articles in reading
order. A file that did not change costs one stat.
*/
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type {Problem} from '../corpus/corpus.js';
import {findFiles, type FoundFile, type FoundFiles} from '../corpus/find-files.js';
import {readArticle} from '../corpus/read-article.js';
import {rowWarnings} from './article-row.js';
import {gramsOf} from './grams.js';
import {fileRow, keyOf, type FileRow, type StoredFile} from './file-row.js';
import {orderArticles} from './order-articles.js';
import {readWalkRecord, walkRecord, walkUnchanged} from './walk-record.js';

export type SyncProgress = {readonly done: number; readonly total: number};

export type SyncOptions = {
	/** The walk, when the caller already made it. */
	readonly found?: FoundFiles;
	/** Called after every batch of files read (not for files taken from the index as they were). */
	readonly onProgress?: (progress: SyncProgress) => void;
	/** Files handled in one transaction: a sync interrupted keeps every batch it finished. */
	readonly batchSize?: number;
	/**
	Stat every file, even when no folder changed since the last walk (see walk-record.ts): edits in
	place are found only so.
	*/
	readonly full?: boolean;
};

export type SyncResult = {
	/** Whether any row was added, changed or removed. */
	readonly changed: boolean;
	/** Files read (new or changed), and rows removed. */
	readonly read: number;
	readonly removed: number;
	/** Every problem, in walk order: the walk's own, then those of the files. */
	readonly problems: readonly Problem[];
	/** The folders walked. */
	readonly folders: readonly string[];
	/** Whether the last walk's stamps answered, without walking. */
	readonly quick: boolean;
};

type Known = Omit<StoredFile, 'path'> & {
	readonly id: number;
	readonly slot: number;
	readonly trusted: number;
	readonly kind: string;
	readonly reason: string | null;
	readonly warnings: string | null;
};

function statements(db: Database.Database) {
	return {
		known: db.prepare('SELECT path, slot, id, rel, explicit, size, mtime, ctime, ino, dev, trusted, kind, reason, warnings FROM files'),
		upsert: db.prepare(`INSERT INTO files (path, real, slot, rel, explicit, size, mtime, ctime, ino, dev, trusted, kind, reason, date, headline, section, source, url, warnings, digest, text_key, text_id, folded_headline, headline_upper, position)
			VALUES (@path, @real, @slot, @rel, @explicit, @size, @mtime, @ctime, @ino, @dev, @trusted, @kind, @reason, @date, @headline, @section, @source, @url, @warnings, @digest, @textKey,
				(SELECT id FROM texts WHERE key = @textKey), @foldedHeadline, @headlineUpper, NULL)
			ON CONFLICT (path, slot) DO UPDATE SET real = excluded.real, rel = excluded.rel, explicit = excluded.explicit, size = excluded.size, mtime = excluded.mtime, ctime = excluded.ctime,
				ino = excluded.ino, dev = excluded.dev, trusted = excluded.trusted, kind = excluded.kind, reason = excluded.reason, date = excluded.date,
				headline = excluded.headline, section = excluded.section, source = excluded.source, url = excluded.url, warnings = excluded.warnings,
				digest = excluded.digest, text_key = excluded.text_key, text_id = excluded.text_id, folded_headline = excluded.folded_headline,
				headline_upper = excluded.headline_upper, position = NULL
			RETURNING id`),
		deleteFile: db.prepare('DELETE FROM files WHERE id = ?'),
		deleteHeadline: db.prepare('DELETE FROM headline_grams WHERE rowid = ?'),
		insertHeadline: db.prepare('INSERT INTO headline_grams (rowid, grams) VALUES (?, ?)'),
		setMeta: db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
		orphanTexts: db.prepare('SELECT id FROM texts WHERE id NOT IN (SELECT text_id FROM files WHERE text_id IS NOT NULL)'),
		deleteText: db.prepare('DELETE FROM texts WHERE id = ?'),
		deleteBody: db.prepare('DELETE FROM body_grams WHERE rowid = ?'),
	};
}

type Statements = ReturnType<typeof statements>;

/** The rows known now, by key. */
function knownRows(statement: Statements['known']): Map<string, Known> {
	const known = new Map<string, Known>();
	for (const row of statement.iterate() as Iterable<Known & {path: string}>) {
		known.set(keyOf(row.path, row.slot), row);
	}

	return known;
}

/** Whether `row` still describes the file whose stats are `stats`, found as `file` is. */
function unchanged(row: Known, stats: fs.Stats | undefined, file: FoundFile): boolean {
	return stats !== undefined && stats.isFile() && row.trusted === 1 && row.size === stats.size && row.mtime === stats.mtimeMs
		&& row.ctime === stats.ctimeMs && row.ino === stats.ino && row.dev === stats.dev && row.rel === file.id && row.explicit === (file.explicit ? 1 : 0);
}

/** The problem a row records, as reading the file again would report it (see `rejected`). */
function rowProblem(row: Known, file: FoundFile): Problem | null {
	if (row.kind === 'rejected') {
		return {path: file.path, reason: row.reason ?? 'not an article', kind: file.explicit ? 'skipped' : 'ignored'};
	}

	const warnings = rowWarnings(row.warnings);
	return warnings.length > 0 ? {path: file.path, reason: warnings.join('; '), kind: 'degraded'} : null;
}

function stat(file: string | Buffer): fs.Stats | undefined {
	try {
		return fs.statSync(file, {throwIfNoEntry: false});
	} catch {
		return undefined;
	}
}

function writeRow(sql: Statements, row: FileRow, slot: number, previous: Known | undefined): void {
	const {id} = sql.upsert.get({...row, slot}) as {id: number};
	if (previous?.kind === 'article') {
		sql.deleteHeadline.run(id);
	}

	if (row.foldedHeadline !== null) {
		sql.insertHeadline.run(id, gramsOf(row.foldedHeadline));
	}
}

function removeRow(sql: Statements, row: Known): void {
	if (row.kind === 'article') {
		sql.deleteHeadline.run(row.id);
	}

	sql.deleteFile.run(row.id);
}

/** Texts no file refers to any more: gone with their grams. */
function removeOrphanTexts(sql: Statements): void {
	for (const {id} of sql.orphanTexts.all() as Array<{id: number}>) {
		sql.deleteBody.run(id);
		sql.deleteText.run(id);
	}
}

/**
Walks `roots` and updates the index in `db` to match, as steps: each `yield` is a batch done (with
its progress), and the return value the result. Never throws for a file: whatever cannot be read
is a problem, and the rest is indexed. Counts for the status bar go to `meta`.
*/
export function* syncSteps(db: Database.Database, roots: readonly string[], options: SyncOptions = {}): Generator<SyncProgress, SyncResult> {
	const readSince = Date.now();
	const complete = db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get('complete') === 1;
	if (complete && options.full !== true && options.found === undefined) {
		const record = readWalkRecord(db);
		if (record !== null && walkUnchanged(record)) {
			return {changed: false, read: 0, removed: 0, problems: record.problems, folders: record.folders, quick: true};
		}
	}

	const found = options.found ?? findFiles(roots);
	const batchSize = Math.max(1, options.batchSize ?? 500);
	const sql = statements(db);
	const known = knownRows(sql.known);
	const problems: Problem[] = [...found.problems];
	const seen = new Set<string>();
	const walkKeys: string[] = [];
	const slots = new Map<string, number>();
	let read = 0;
	// No row was read too soon after its file changed (such a row is read again at the next walk).
	let settled = true;
	const batch: Array<() => void> = [];
	const flush = db.transaction(() => {
		for (const write of batch) {
			write();
		}
	});
	const total = found.files.length;
	for (const [index, file] of found.files.entries()) {
		const slot = slots.get(file.path) ?? 0;
		slots.set(file.path, slot + 1);
		const key = keyOf(file.path, slot);
		seen.add(key);
		walkKeys.push(key);
		const row = known.get(key);
		if (row !== undefined && unchanged(row, stat(file.real ?? file.path), file)) {
			const problem = rowProblem(row, file);
			if (problem !== null) {
				problems.push(problem);
			}
		} else {
			read++;
			const result = readArticle(file);
			const {problem} = result;
			if (problem !== null) {
				problems.push(problem);
			}

			const fresh = fileRow(result, path.sep === '/' ? file.id : file.id.split(path.sep).join('/'), file.explicit, readSince, file.real ?? null);
			settled &&= fresh?.trusted !== 0;
			batch.push(fresh === null ? () => {
				if (row !== undefined) {
					removeRow(sql, row);
				}
			} : () => {
				writeRow(sql, fresh, slot, row);
			});
		}

		if (batch.length >= batchSize || (index === total - 1 && batch.length > 0)) {
			flush();
			batch.length = 0;
			yield {done: index + 1, total};
		} else if ((index + 1) % (batchSize * 8) === 0) {
			// Unchanged files cost a stat each: yield now and then all the same.
			yield {done: index + 1, total};
		}
	}

	const vanished = [...known].filter(([key]) => !seen.has(key)).map(([, row]) => row);
	const changed = read > 0 || vanished.length > 0;
	db.transaction(() => {
		for (const row of vanished) {
			removeRow(sql, row);
		}

		if (changed || !complete) {
			orderArticles(db, walkKeys);
			removeOrphanTexts(sql);
		}

		sql.setMeta.run('skipped', problems.filter(problem => problem.kind === 'skipped').length);
		sql.setMeta.run('degraded', problems.filter(problem => problem.kind === 'degraded').length);
		sql.setMeta.run('complete', 1);
		sql.setMeta.run('walk', walkRecord(readSince, found, problems, settled));
	}).immediate();
	return {changed, read, removed: vanished.length, problems, folders: found.folders ?? [], quick: false};
}

/** `syncSteps` run to the end at once. */
export function syncFiles(db: Database.Database, roots: readonly string[], options: SyncOptions = {}): SyncResult {
	const steps = syncSteps(db, roots, options);
	for (;;) {
		const step = steps.next();
		if (step.done) {
			return step.value;
		}

		options.onProgress?.(step.value);
	}
}

/** `syncSteps` run a batch at a time, with a turn of the event loop (or `between`) after each: keys and signals are answered meanwhile. */
export async function syncFilesInSlices(db: Database.Database, roots: readonly string[], options: SyncOptions & {readonly between?: () => Promise<void>} = {}): Promise<SyncResult> {
	const between = options.between ?? (async () => new Promise<void>(resolve => {
		setImmediate(resolve);
	}));
	const steps = syncSteps(db, roots, options);
	for (;;) {
		const step = steps.next();
		if (step.done) {
			return step.value;
		}

		options.onProgress?.(step.value);
		await between();
	}
}
