/**
An article rebuilt from its row in the index. Every string is sanitised again exactly as one read
from a file is: the index is a file on disk, and a tampered one must not be able to retitle the
window or hand the browser an option-like URL.
*/
import {Buffer} from 'node:buffer';
import type {StoredFile} from './file-row.js';
import {absoluteUrl} from '../article/parse-article.js';
import {articleFromCache} from '../corpus/cached-article.js';
import type {CorpusArticle} from '../corpus/corpus.js';
import {readingKey} from '../corpus/reading-key.js';
import {sanitizeText} from '../text/sanitize.js';

/** The columns `articleColumns` selects. */
export type ArticleRow = StoredFile & {
	/** The path's bytes, for a name that is not UTF-8 (a BLOB), else null. */
	readonly real?: unknown;
	readonly date: number | null;
	readonly headline: string | null;
	readonly section: string | null;
	readonly source: string | null;
	readonly url: string | null;
	readonly warnings: string | null;
	readonly digest: string | null;
	readonly articleId: string | null;
	readonly duplicateOf: string | null;
};

export const articleColumns = `path, real, rel, explicit, size, mtime, ctime, ino, dev, date, headline, section, source, url, warnings, digest,
	article_id AS articleId, duplicate_of AS duplicateOf`;

/** The columns `headerFromRow` reads: what `list --json` shows. */
export const headerColumns = 'path, rel, date, headline, section, source, url, article_id AS articleId, duplicate_of AS duplicateOf';

/** What the plain list shows of an article. */
export type BriefArticle = Pick<CorpusArticle, 'date' | 'headline' | 'source'>;

/** The brief header of a raw row `[date, headline, source]`, sanitised as `headerFromRow` does; `sources` caches the few distinct sources. */
export function briefFromRow(row: readonly unknown[], sources: Map<unknown, string>): BriefArticle {
	const [date, headline, source] = row;
	let shownSource = sources.get(source);
	if (shownSource === undefined) {
		shownSource = text(source);
		sources.set(source, shownSource);
	}

	return {date: typeof date === 'number' && Number.isFinite(date) ? date : null, headline: text(headline), source: shownSource};
}

const text = (value: unknown): string => (typeof value === 'string' ? sanitizeText(value) : '');
const textOrNull = (value: unknown): string | null => (typeof value === 'string' ? sanitizeText(value) : null);
const number = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

/** The test a URL read from a file passes: absolute http(s), no spaces. */
/** A stored URL as an article has it: absolute and sanitised, or null. */
export const urlOrNull = (value: unknown): string | null => absoluteUrl(typeof value === 'string' ? value : null);

/** The warnings a row stores (a JSON array of strings), sanitised; empty when there are none or they are unreadable. */
export function rowWarnings(value: unknown): string[] {
	if (typeof value !== 'string') {
		return [];
	}

	try {
		const parsed: unknown = JSON.parse(value);
		return Array.isArray(parsed) ? parsed.filter(item => typeof item === 'string').map(item => sanitizeText(item)) : [];
	} catch {
		return [];
	}
}

/** What the list shows of an article, without the means to read its body: for listing 157,000 rows fast. */
export type ListedArticle = Pick<CorpusArticle, 'id' | 'path' | 'date' | 'headline' | 'source' | 'section' | 'url' | 'duplicateOf'>;

/** The header a row describes, sanitised as `articleFromRow` sanitises it. */
export function headerFromRow(row: Pick<ArticleRow, 'path' | 'rel' | 'date' | 'headline' | 'section' | 'source' | 'url' | 'articleId' | 'duplicateOf'>): ListedArticle {
	return {
		id: typeof row.articleId === 'string' ? row.articleId : String(row.rel),
		path: String(row.path),
		date: typeof row.date === 'number' && Number.isFinite(row.date) ? row.date : null,
		headline: text(row.headline),
		source: text(row.source),
		section: textOrNull(row.section),
		url: urlOrNull(row.url),
		duplicateOf: typeof row.duplicateOf === 'string' ? row.duplicateOf : null,
	};
}

/** The article a row describes: its header at once, its body read from the file on first access. */
export function articleFromRow(row: ArticleRow): CorpusArticle {
	const file = row.real instanceof Uint8Array
		? {path: String(row.path), id: String(row.rel), explicit: row.explicit === 1, real: Buffer.from(row.real)}
		: {path: String(row.path), id: String(row.rel), explicit: row.explicit === 1};
	const date = typeof row.date === 'number' && Number.isFinite(row.date) ? row.date : null;
	const article = articleFromCache(file, {
		kind: 'article',
		stamp: {size: number(row.size), mtimeMs: number(row.mtime), ctimeMs: number(row.ctime), ino: number(row.ino), dev: number(row.dev)},
		date,
		headline: text(row.headline),
		section: textOrNull(row.section),
		source: text(row.source),
		url: urlOrNull(row.url),
		warnings: rowWarnings(row.warnings),
		digest: row.digest,
	});
	const id = typeof row.articleId === 'string' ? row.articleId : file.id;
	return Object.assign(article, {
		id,
		duplicateOf: typeof row.duplicateOf === 'string' ? row.duplicateOf : null,
		readingKey: readingKey(article.url, typeof row.digest === 'string' ? row.digest : null, id),
	});
}
