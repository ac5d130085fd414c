/**
Reading order and identity, worked out over the whole index after files changed: each article's
place (newest first, undated last, ties by path in code-unit order), its unique id, and the earlier
article it duplicates (same URL, or same non-empty body).
*/
import type Database from 'better-sqlite3';
import {keyOf} from './file-row.js';

type Row = {
	readonly id: number;
	readonly path: string;
	readonly slot: number;
	readonly rel: string;
	readonly date: number | null;
	readonly url: string | null;
	readonly digest: string | null;
	readonly position: number | null;
	readonly articleId: string | null;
	readonly duplicateOf: string | null;
};

function compareRows(a: Row, b: Row): number {
	if (a.date !== b.date) {
		if (a.date === null) {
			return 1;
		}

		if (b.date === null) {
			return -1;
		}

		return b.date - a.date;
	}

	return a.path < b.path ? -1 : (a.path > b.path ? 1 : a.slot - b.slot);
}

/** Makes ids unique in walk order: a clash (two arguments with the same inner paths) gets a counter. */
function uniqueIds(rows: readonly Row[], walkOrder: readonly string[]): Map<number, string> {
	const rank = new Map(walkOrder.map((file, index) => [file, index]));
	const walked = [...rows].sort((a, b) => (rank.get(keyOf(a.path, a.slot)) ?? Infinity) - (rank.get(keyOf(b.path, b.slot)) ?? Infinity));
	const taken = new Set<string>();
	const ids = new Map<number, string>();
	for (const row of walked) {
		let unique = row.rel;
		for (let count = 2; taken.has(unique); count++) {
			unique = `${row.rel} (${count})`;
		}

		taken.add(unique);
		ids.set(row.id, unique);
	}

	return ids;
}

/**
Sets `position`, `article_id` and `duplicate_of` of every article row, writing only rows whose
values change. `walkOrder` is the files' keys (`keyOf`) in the order the walk found them (ids are given in it).
Runs inside the caller's transaction.
*/
export function orderArticles(db: Database.Database, walkOrder: readonly string[]): void {
	const rows = db.prepare(`SELECT id, path, slot, rel, date, url, digest, position, article_id AS articleId, duplicate_of AS duplicateOf
		FROM files WHERE kind = 'article'`).all() as Row[];
	const ids = uniqueIds(rows, walkOrder);
	rows.sort(compareRows);
	const update = db.prepare('UPDATE files SET position = ?, article_id = ?, duplicate_of = ? WHERE id = ?');
	const byUrl = new Map<string, string>();
	const byBody = new Map<string, string>();
	for (const [position, row] of rows.entries()) {
		const id = ids.get(row.id) ?? row.rel;
		let duplicateOf = row.url === null ? null : (byUrl.get(row.url) ?? null);
		if (row.url !== null && duplicateOf === null) {
			byUrl.set(row.url, id);
		}

		if (row.digest !== null) {
			duplicateOf ??= byBody.get(row.digest) ?? null;
			if (!byBody.has(row.digest)) {
				byBody.set(row.digest, id);
			}
		}

		if (row.position !== position || row.articleId !== id || row.duplicateOf !== duplicateOf) {
			update.run(position, id, duplicateOf, row.id);
		}
	}
}
