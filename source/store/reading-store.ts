/**
The reading state: what the user did, kept across runs. Per article (by its reading key, see
corpus/reading-key.ts): read or not, starred or not, and where reading stopped. Per corpus: the
selected article and the active filter. And the searches typed, for ↑ on the search line.

User data, not cache: SQLite in write-ahead-log mode with `synchronous = FULL`, so each change is
one transaction, on disk when it returns; a crash, `kill -9` or a full disk loses at most the change
being made, never the file. Each change writes only the fields it changes, so two instances at once
both keep theirs. A file that cannot be used is set aside under a new name, never wiped.
*/
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/** What is kept of one article. */
export type ArticleMarks = {
	readonly read: boolean;
	readonly starred: boolean;
	/** The first line shown when reading stopped, and the article's line count then (its width may change). */
	readonly line: number | null;
	readonly lines: number | null;
};

/** Where the reader was in a corpus. */
export type CorpusPlace = {
	/** The selected article's id (its path under the corpus root). */
	readonly selected: string | null;
	/** The active filter's query. */
	readonly filter: string | null;
};

const version = 1;

const schema = `
CREATE TABLE articles (
	key TEXT PRIMARY KEY,
	read INTEGER NOT NULL DEFAULT 0,
	starred INTEGER NOT NULL DEFAULT 0,
	line INTEGER,
	lines INTEGER,
	changed INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE corpora (
	key TEXT PRIMARY KEY,
	selected TEXT,
	filter TEXT,
	changed INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE searches (
	query TEXT PRIMARY KEY,
	used INTEGER NOT NULL
) WITHOUT ROWID;
`;

/** How many searches are kept for ↑. */
const historyLength = 200;

type MarksRow = {key: string; read: number; starred: number; line: number | null; lines: number | null};

const marksOf = (row: MarksRow): ArticleMarks => ({read: row.read === 1, starred: row.starred === 1, line: row.line, lines: row.lines});

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function openChecked(file: string | null): Database.Database {
	const db = new Database(file ?? ':memory:');
	try {
		db.pragma('busy_timeout = 10000');
		if (file !== null) {
			db.pragma('journal_mode = WAL');
			db.pragma('synchronous = FULL');
		}

		db.transaction(() => {
			const found = db.pragma('user_version', {simple: true});
			if (found === 0) {
				db.exec(schema);
				db.pragma(`user_version = ${version}`);
			} else if (found !== version) {
				throw new Error(`it was written by another version of corpus-reader (${String(found)})`);
			}
		}).immediate();
		const check = db.pragma('quick_check', {simple: true});
		if (check !== 'ok') {
			throw new Error(`it is damaged (${String(check)})`);
		}

		return db;
	} catch (error) {
		db.close();
		throw error;
	}
}

/** A name beside `file` that is not taken: `state.sqlite.unusable-2026-12-02T15-04-05`. */
function asideName(file: string, now: Date): string {
	const stamp = now.toISOString().slice(0, 19).replaceAll(':', '-');
	for (let attempt = 0; ; attempt++) {
		const name = `${file}.unusable-${stamp}${attempt === 0 ? '' : `-${attempt}`}`;
		if (!fs.existsSync(name)) {
			return name;
		}
	}
}

export class ReadingStore {
	/**
	The reading state in `file` (created, folder 0700 and file 0600, when missing), or kept in memory
	for the run when `file` is null. A file that cannot be used is moved aside and a new one started,
	with a one-line `notice` for stderr; where even that fails, the state is kept in memory. Never throws.
	*/
	static open(file: string | null, now = new Date()): {readonly store: ReadingStore; readonly notice: string | null} {
		if (file === null) {
			return {store: new ReadingStore(openChecked(null), null), notice: null};
		}

		try {
			fs.mkdirSync(path.dirname(file), {recursive: true, mode: 0o700});
			fs.closeSync(fs.openSync(file, 'a', 0o600));
			return {store: new ReadingStore(openChecked(file), file), notice: null};
		} catch (error) {
			const reason = reasonOf(error);
			if (!fs.existsSync(file)) {
				return {store: new ReadingStore(openChecked(null), null), notice: `cannot keep the reading state in ${path.dirname(file)} (${reason}): nothing read is remembered this time`};
			}

			try {
				const aside = asideName(file, now);
				fs.renameSync(file, aside);
				for (const suffix of ['-wal', '-shm']) {
					if (fs.existsSync(file + suffix)) {
						fs.renameSync(file + suffix, aside + suffix);
					}
				}

				fs.closeSync(fs.openSync(file, 'a', 0o600));
				return {store: new ReadingStore(openChecked(file), file), notice: `the reading state could not be used (${reason}): set aside as ${aside}, starting a new one`};
			} catch (second) {
				return {store: new ReadingStore(openChecked(null), null), notice: `the reading state in ${file} could not be used (${reason}; ${reasonOf(second)}): nothing read is remembered this time`};
			}
		}
	}

	/**
	The reading state as the plain commands see it (`list --unread`): the file when there is one and it
	can be read, else an empty state; nothing is created, set aside or written.
	*/
	static openToRead(file: string | null): ReadingStore {
		if (file !== null && fs.existsSync(file)) {
			try {
				return new ReadingStore(openChecked(file), file);
			} catch {
				// The reader sets an unusable file aside and says so; a listing reads it as empty.
			}
		}

		return new ReadingStore(openChecked(null), null);
	}

	/** The file, or null when nothing is kept. */
	readonly file: string | null;
	readonly #db: Database.Database;
	/**
	Marks as read so far, null for an article with none: the list asks for 40 rows a frame, one look-up
	each; a filter on marks asks for all of them at once (`#loadAll`), the first time it runs.
	*/
	readonly #marks = new Map<string, ArticleMarks | null>();
	#loadedAll = false;
	readonly #statements: {
		readonly marks: Database.Statement;
		readonly read: Database.Statement;
		readonly starred: Database.Statement;
		readonly position: Database.Statement;
		readonly place: Database.Statement;
		readonly search: Database.Statement;
		readonly trim: Database.Statement;
	};

	private constructor(db: Database.Database, file: string | null) {
		this.#db = db;
		this.file = file;
		// Each writes its own fields only: another instance's change to the others stands.
		const upsert = (fields: string, values: string): string => `INSERT INTO articles (key, ${fields}, changed) VALUES (?, ${values}, ?)
			ON CONFLICT (key) DO UPDATE SET ${fields.split(', ').map(field => `${field} = excluded.${field}`).join(', ')}, changed = excluded.changed`;
		this.#statements = {
			marks: db.prepare('SELECT key, read, starred, line, lines FROM articles WHERE key = ?'),
			read: db.prepare(upsert('read', '?')),
			starred: db.prepare(upsert('starred', '?')),
			position: db.prepare(upsert('line, lines', '?, ?')),
			place: db.prepare(`INSERT INTO corpora (key, selected, filter, changed) VALUES (?, ?, ?, ?)
				ON CONFLICT (key) DO UPDATE SET selected = excluded.selected, filter = excluded.filter, changed = excluded.changed`),
			// `used` is an order, not a time: two searches in one millisecond (or one clock step back) keep the order typed.
			search: db.prepare('INSERT INTO searches (query, used) VALUES (?, (SELECT coalesce(max(used), 0) + 1 FROM searches)) ON CONFLICT (query) DO UPDATE SET used = excluded.used'),
			trim: db.prepare(`DELETE FROM searches WHERE query NOT IN (SELECT query FROM searches ORDER BY used DESC LIMIT ${historyLength})`),
		};
	}

	marks(key: string): ArticleMarks | undefined {
		let found = this.#marks.get(key);
		if (found === undefined && !this.#loadedAll) {
			const row = this.#statements.marks.get(key) as MarksRow | undefined;
			found = row === undefined ? null : marksOf(row);
			this.#marks.set(key, found);
		}

		return found ?? undefined;
	}

	isRead(key: string): boolean {
		return this.marks(key)?.read ?? false;
	}

	isStarred(key: string): boolean {
		return this.marks(key)?.starred ?? false;
	}

	/** The keys of the articles read (or starred): for a filter on marks over a whole corpus. */
	keysWith(mark: 'read' | 'starred'): ReadonlySet<string> {
		this.#loadAll();
		const keys = new Set<string>();
		for (const [key, marks] of this.#marks) {
			if (marks?.[mark]) {
				keys.add(key);
			}
		}

		return keys;
	}

	setRead(key: string, read: boolean): void {
		this.#setRead([key], read);
	}

	/** Marks all of `keys` read (or unread), in one transaction. */
	setAllRead(keys: Iterable<string>, read: boolean): void {
		this.#setRead(keys, read);
	}

	setStarred(key: string, starred: boolean): void {
		this.#statements.starred.run(key, starred ? 1 : 0, Date.now());
		this.#update(key, {starred});
	}

	setPosition(key: string, line: number, lines: number): void {
		const known = this.#marks.get(key);
		if (known?.line === line && known.lines === lines) {
			return;
		}

		this.#statements.position.run(key, line, lines, Date.now());
		this.#update(key, {line, lines});
	}

	/** Where the reader was in the corpus named `corpus`. */
	place(corpus: string): CorpusPlace {
		const row = this.#db.prepare('SELECT selected, filter FROM corpora WHERE key = ?').get(corpus) as CorpusPlace | undefined;
		return {selected: row?.selected ?? null, filter: row?.filter ?? null};
	}

	setPlace(corpus: string, place: CorpusPlace): void {
		this.#statements.place.run(corpus, place.selected, place.filter, Date.now());
	}

	/** The searches typed, oldest first. */
	searches(): string[] {
		return (this.#db.prepare(`SELECT query FROM searches ORDER BY used DESC LIMIT ${historyLength}`).pluck().all() as string[]).reverse();
	}

	addSearch(query: string): void {
		this.#db.transaction(() => {
			this.#statements.search.run(query);
			this.#statements.trim.run();
		})();
	}

	close(): void {
		this.#db.close();
	}

	#setRead(keys: Iterable<string>, read: boolean): void {
		const now = Date.now();
		const all = [...keys];
		if (all.length > 500) {
			// `A` over a whole corpus: one read of every mark, not one look-up per article (157,000 of them).
			this.#loadAll();
		}

		const changed = all.filter(key => this.isRead(key) !== read);
		this.#db.transaction(() => {
			for (const key of changed) {
				this.#statements.read.run(key, read ? 1 : 0, now);
			}
		})();
		for (const key of changed) {
			this.#update(key, {read});
		}
	}

	#update(key: string, change: Partial<ArticleMarks>): void {
		this.#marks.set(key, {read: false, starred: false, line: null, lines: null, ...this.marks(key), ...change});
	}

	#loadAll(): void {
		if (this.#loadedAll) {
			return;
		}

		for (const row of this.#db.prepare('SELECT key, read, starred, line, lines FROM articles').iterate() as Iterable<MarksRow>) {
			// What this run changed is already here, and is what is on disk.
			if (!this.#marks.get(row.key)) {
				this.#marks.set(row.key, marksOf(row));
			}
		}

		this.#loadedAll = true;
	}
}
