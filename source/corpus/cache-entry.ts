/** What the index knows of one article file: its identity and header, without its body. */
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
	return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino && a.dev === b.dev;
}
