/** What the header cache knows of one file, and its compact form on disk. */
import type {FileStamp} from './read-article.js';

/** An article file: everything the list and duplicate detection need, without its body. */
export type CachedArticle = {
	readonly kind: 'article';
	readonly stamp: FileStamp;
	readonly date: number | null;
	readonly headline: string;
	readonly section: string | null;
	readonly source: string;
	readonly url: string | null;
	readonly warnings: readonly string[];
	/** See `bodyDigest`. */
	readonly digest: string | null;
};

/** A file judged by its content not to be an article, and why (`not an article (binary)`). */
export type CachedRejection = {readonly kind: 'rejected'; readonly stamp: FileStamp; readonly reason: string};

export type CacheEntry = CachedArticle | CachedRejection;

/** Whether two stamps are of the same version of a file. */
export function sameStamp(a: FileStamp, b: FileStamp): boolean {
	return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino;
}

/** A row on disk: arrays, not objects, so 15,000 of them parse in a few tens of milliseconds. */
export type CacheRow = readonly unknown[];

/**
`[path, size, mtimeMs, ino, reason]` for a rejection;
`[path, size, mtimeMs, ino, date, headline, section, source, url, warnings, digest]` for an article.
*/
export function encodeEntry(path: string, entry: CacheEntry): CacheRow {
	const {size, mtimeMs, ino} = entry.stamp;
	return entry.kind === 'rejected'
		? [path, size, mtimeMs, ino, entry.reason]
		: [path, size, mtimeMs, ino, entry.date, entry.headline, entry.section, entry.source, entry.url, entry.warnings, entry.digest];
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isNumber = (value: unknown): value is number => typeof value === 'number';
const isStringOrNull = (value: unknown): value is string | null => value === null || isString(value);

/** The path and entry of a row, or null when it is not one `encodeEntry` writes. */
export function decodeEntry(row: unknown): [string, CacheEntry] | null {
	// Read by index, not destructured: no array is made for each of thousands of rows.
	if (!Array.isArray(row)) {
		return null;
	}

	const path: unknown = row[0];
	const size: unknown = row[1];
	const mtimeMs: unknown = row[2];
	const ino: unknown = row[3];
	if (!isString(path) || !isNumber(size) || !isNumber(mtimeMs) || !isNumber(ino)) {
		return null;
	}

	const stamp = {size, mtimeMs, ino};
	if (row.length === 5) {
		const reason: unknown = row[4];
		return isString(reason) ? [path, {kind: 'rejected', stamp, reason}] : null;
	}

	const date: unknown = row[4];
	const headline: unknown = row[5];
	const section: unknown = row[6];
	const source: unknown = row[7];
	const url: unknown = row[8];
	const warnings: unknown = row[9];
	const digest: unknown = row[10];
	if (row.length !== 11 || !(date === null || isNumber(date)) || !isString(headline) || !isStringOrNull(section)
		|| !isString(source) || !isStringOrNull(url) || !Array.isArray(warnings) || !warnings.every(isString) || !isStringOrNull(digest)) {
		return null;
	}

	return [path, {kind: 'article', stamp, date, headline, section, source, url, warnings, digest}];
}
