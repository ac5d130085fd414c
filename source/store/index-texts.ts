/**
Folding the text of every article for search, once per distinct body: bodies are read and parsed
here, after the headers, in batches that each commit, so that indexing interrupted resumes where it
stopped.
*/
import type Database from 'better-sqlite3';
import {blockText, runsText, type Article} from '../article/article.js';
import {sameStamp} from '../corpus/cache-entry.js';
import {readArticle} from '../corpus/read-article.js';
import {foldText} from '../search/fold.js';
import {gramsOf} from './grams.js';
import {offsetsBlob, type StoredFile} from './file-row.js';

export type TextProgress = {readonly done: number; readonly total: number};

export type IndexTextsOptions = {
	readonly batchSize?: number;
	readonly onProgress?: (progress: TextProgress) => void;
	/** Asked between batches: true stops, leaving the rest for later. */
	readonly shouldStop?: () => boolean;
};

type Pending = StoredFile & {readonly key: string};

/** The text search looks at besides the headline: the lead (empty when none), then the text blocks, NUL between. */
export function bodyFields(article: Article): string {
	const fields = [article.lead ? runsText(article.lead) : ''];
	for (const block of article.blocks) {
		const text = blockText(block);
		if (text !== null) {
			fields.push(text);
		}
	}

	return fields.join('\0');
}

/** How many distinct bodies still wait to be folded. */
export function pendingTexts(db: Database.Database): number {
	return db.prepare("SELECT count(DISTINCT text_key) FROM files WHERE kind = 'article' AND text_id IS NULL").pluck().get() as number;
}

/** Folds the body of `row`'s file, or null when the file is no longer the one indexed. */
function foldBody(row: Pending): {folded: string; upper: Uint32Array} | null {
	const result = readArticle({path: row.path, id: row.rel, explicit: row.explicit === 1});
	const stamp = {size: row.size, mtimeMs: row.mtime, ctimeMs: row.ctime, ino: row.ino, dev: row.dev};
	if (!result.ok || !sameStamp(result.stamp, stamp)) {
		return null;
	}

	const {text, upper} = foldText(bodyFields(result.parsed.article));
	return {folded: text, upper};
}

/**
Folds and indexes every body not yet in the index. Returns how many were done and how many remain
(more than 0 only when `shouldStop` said so). A file that changed since its header was read gets
text 0 (searchable by headline only) and is read again at the next walk.
*/
export function indexTexts(db: Database.Database, options: IndexTextsOptions = {}): {done: number; remaining: number} {
	const batchSize = Math.max(1, options.batchSize ?? 200);
	const next = db.prepare(`SELECT text_key AS key, path, rel, explicit, size, mtime, ctime, ino, dev FROM files
		WHERE kind = 'article' AND text_id IS NULL GROUP BY text_key LIMIT ?`);
	const existing = db.prepare('SELECT id FROM texts WHERE key = ?').pluck();
	const insertText = db.prepare('INSERT INTO texts (key, folded, upper) VALUES (?, ?, ?)');
	const insertGrams = db.prepare('INSERT INTO body_grams (rowid, grams) VALUES (?, ?)');
	const link = db.prepare('UPDATE files SET text_id = ? WHERE text_key = ? AND text_id IS NULL');
	const distrust = db.prepare('UPDATE files SET text_id = 0, trusted = 0 WHERE text_key = ? AND text_id IS NULL');
	const total = pendingTexts(db);
	let done = 0;
	for (;;) {
		if (options.shouldStop?.()) {
			break;
		}

		const rows = next.all(batchSize) as Pending[];
		if (rows.length === 0) {
			break;
		}

		// Read and folded outside the transaction, so a second instance waits only for the writes.
		const folded = rows.map(row => ({row, body: existing.get(row.key) === undefined ? foldBody(row) : null}));
		db.transaction(() => {
			for (const {row, body} of folded) {
				const known = existing.get(row.key) as number | undefined;
				if (known !== undefined) {
					link.run(known, row.key);
				} else if (body === null) {
					distrust.run(row.key);
				} else {
					const id = Number(insertText.run(row.key, body.folded, offsetsBlob(body.upper)).lastInsertRowid);
					insertGrams.run(id, gramsOf(body.folded));
					link.run(id, row.key);
				}
			}
		}).immediate();
		done += rows.length;
		options.onProgress?.({done: Math.min(done, total), total});
	}

	return {done, remaining: options.shouldStop?.() ? pendingTexts(db) : 0};
}
