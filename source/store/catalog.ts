/**
The articles in reading order, read from the index a window at a time: the list pane draws 40 rows
of 157,000 without holding 157,000 article objects. What search filters on (dates, sources, which
text each article has) is kept as compact columns, loaded on first use.
*/
import type Database from 'better-sqlite3';
import type {ArticleList, CorpusArticle} from '../corpus/corpus.js';
import {RecentMap} from '../common/recent-map.js';
import {sanitizeText} from '../text/sanitize.js';
import {readingKey} from '../corpus/reading-key.js';
import {articleColumns, articleFromRow, briefFromRow, headerColumns, headerFromRow, urlOrNull, type ArticleRow, type BriefArticle, type ListedArticle} from './article-row.js';

/** Per position in reading order. */
export type Columns = {
	readonly fileIds: Int32Array;
	/** The row in `texts` with the article's body, or 0 while it is not indexed. */
	readonly textIds: Int32Array;
	/** Epoch ms, NaN when the article has none. */
	readonly dates: Float64Array;
	/** Index into `sources`. */
	readonly sourceOf: Uint32Array;
	/** Distinct source names, as shown. */
	readonly sources: readonly string[];
	/** Position by file row id, -1 for rows that are no article: one typed array, not a Map of 157,000 entries. */
	readonly positionOf: Int32Array;
};

/** Articles built lately: the rows on screen and around them, read again when scrolled back to. */
const windowSize = 512;

export class Catalog implements ArticleList {
	readonly length: number;
	readonly #db: Database.Database;
	readonly #byPosition: Database.Statement;
	readonly #recent = new RecentMap<number, CorpusArticle>(windowSize);
	#columns: Columns | undefined;
	#readingKeys: readonly string[] | undefined;

	constructor(db: Database.Database) {
		this.#db = db;
		this.length = db.prepare('SELECT count(*) FROM files WHERE position IS NOT NULL').pluck().get() as number;
		this.#byPosition = db.prepare(`SELECT position, ${articleColumns} FROM files WHERE position >= ? AND position < ? ORDER BY position`);
	}

	/** The article at `position` (0 is the newest), or undefined past the end. */
	at(position: number): CorpusArticle | undefined {
		if (!Number.isInteger(position) || position < 0 || position >= this.length) {
			return undefined;
		}

		const found = this.#recent.get(position);
		if (found !== undefined) {
			return found;
		}

		// A window at a time: the list asks for its rows one after another.
		const start = Math.max(0, position - (position % 64));
		let wanted: CorpusArticle | undefined;
		for (const row of this.#byPosition.iterate(start, start + 64) as Iterable<ArticleRow & {position: number}>) {
			const article = this.#recent.get(row.position) ?? this.#recent.set(row.position, articleFromRow(row));
			if (row.position === position) {
				wanted = article;
			}
		}

		return wanted;
	}

	/** Every article in reading order, read as it is iterated. */
	* all(): Generator<CorpusArticle> {
		const rows = this.#db.prepare(`SELECT ${articleColumns} FROM files WHERE position IS NOT NULL ORDER BY position`);
		for (const row of rows.iterate() as Iterable<ArticleRow>) {
			yield articleFromRow(row);
		}
	}

	/** Every article's header in reading order (no body can be read from these). */
	* headers(): Generator<ListedArticle> {
		const rows = this.#db.prepare(`SELECT ${headerColumns} FROM files WHERE position IS NOT NULL ORDER BY position`);
		for (const row of rows.iterate() as Iterable<ArticleRow>) {
			yield headerFromRow(row);
		}
	}

	/** Date, headline and source of every article in reading order: the plain list, at 157,000 rows (raw rows are half the cost of objects). */
	* briefHeaders(): Generator<BriefArticle> {
		const rows = this.#db.prepare('SELECT date, headline, source FROM files WHERE position IS NOT NULL ORDER BY position').raw(true);
		const sources = new Map<unknown, string>();
		for (const row of rows.iterate() as Iterable<unknown[]>) {
			yield briefFromRow(row, sources);
		}
	}

	/** The positions of the copies (an earlier article has the same URL or body), ascending: one query, not 157,000 articles built. */
	copyPositions(): readonly number[] {
		return this.#db.prepare('SELECT position FROM files WHERE position IS NOT NULL AND duplicate_of IS NOT NULL ORDER BY position').pluck().all() as number[];
	}

	/** The position of the article with this id or path, or undefined. */
	positionOfId(idOrPath: string): number | undefined {
		const found = this.#db.prepare('SELECT position FROM files WHERE position IS NOT NULL AND (article_id = ? OR path = ?) ORDER BY article_id = ? DESC LIMIT 1')
			.pluck().get(idOrPath, idOrPath, idOrPath);
		return typeof found === 'number' ? found : undefined;
	}

	/** Every article's reading key in reading order (see corpus/reading-key.ts), read once: for filters on read marks. */
	readingKeys(): readonly string[] {
		if (this.#readingKeys === undefined) {
			const keys: string[] = [];
			const rows = this.#db.prepare('SELECT url, digest, coalesce(article_id, rel) FROM files WHERE position IS NOT NULL ORDER BY position').raw();
			for (const [url, digest, id] of rows.iterate() as Iterable<[string | null, string | null, string]>) {
				// As the article built from the row has it: its sanitised, absolute URL.
				keys.push(readingKey(url === null ? null : urlOrNull(url), digest, String(id)));
			}

			this.#readingKeys = keys;
		}

		return this.#readingKeys;
	}

	/** Whether the articles span more than one calendar year (local time): the list then shows years. */
	spansYears(): boolean {
		// Reading order is newest first, undated last: the ends of the list are the extremes (no scan of 157,000 rows).
		const first = this.#db.prepare('SELECT date FROM files WHERE position IS NOT NULL AND date IS NOT NULL ORDER BY position DESC LIMIT 1').pluck().get() as number | undefined ?? null;
		const last = this.#db.prepare('SELECT date FROM files WHERE position IS NOT NULL ORDER BY position LIMIT 1').pluck().get() as number | undefined ?? null;
		return first !== null && last !== null && new Date(first).getFullYear() !== new Date(last).getFullYear();
	}

	/** The distinct sources of the first `count` articles, for sizing the list's source column. */
	leadingSources(count: number): string[] {
		return (this.#db.prepare('SELECT DISTINCT source FROM files WHERE position < ?').pluck().all(count) as unknown[])
			.map(source => (typeof source === 'string' ? sanitizeText(source) : ''));
	}

	/** The search columns (see `Columns`), read once. */
	columns(): Columns {
		this.#columns ??= this.#readColumns();
		return this.#columns;
	}

	#readColumns(): Columns {
		const fileIds = new Int32Array(this.length);
		const textIds = new Int32Array(this.length);
		const dates = new Float64Array(this.length);
		const sourceOf = new Uint32Array(this.length);
		const sources: string[] = [];
		const sourceIndex = new Map<string, number>();
		const largest = this.#db.prepare('SELECT max(id) FROM files').pluck().get();
		const positionOf = new Int32Array((typeof largest === 'number' ? largest : 0) + 1).fill(-1);
		const rows = this.#db.prepare('SELECT position, id, text_id, date, source FROM files WHERE position IS NOT NULL ORDER BY position').raw();
		for (const [position, id, textId, date, source] of rows.iterate() as Iterable<[number, number, number | null, number | null, string | null]>) {
			if (position < 0 || position >= this.length) {
				continue;
			}

			fileIds[position] = id;
			textIds[position] = textId ?? 0;
			dates[position] = date ?? Number.NaN;
			// By the stored string: a few hundred distinct sources, each sanitised once.
			const stored = source ?? '';
			let index = sourceIndex.get(stored);
			if (index === undefined) {
				const name = sanitizeText(stored);
				index = sources.indexOf(name);
				if (index === -1) {
					index = sources.push(name) - 1;
				}

				sourceIndex.set(stored, index);
			}

			sourceOf[position] = index;
			if (id >= 0 && id < positionOf.length) {
				positionOf[id] = position;
			}
		}

		return {fileIds, textIds, dates, sourceOf, sources, positionOf};
	}
}
