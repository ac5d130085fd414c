/**
The index's tables. `schemaVersion` is kept in SQLite's `user_version`: a file of another version is
rebuilt, never migrated (it is a cache; deleting it loses nothing).

- `files`: one row per file found (`real`: its path's bytes when a name on it is not UTF-8) (a file named twice, as itself and inside a folder, is found twice: `slot` counts), article or not, with the identity that says whether it changed
  (size, mtime, ctime, inode, device), what the list needs, and the article's place in reading order.
- `texts`: the folded text of each distinct body (headline excluded), keyed by what the body's content
  depends on, so identical copies of an article are folded and indexed once.
- `body_grams`, `headline_grams`: FTS5 over the grams of `texts` and of headlines (see grams.ts):
  contentless, and without positions (`detail=none`), so they hold only which rows have which gram.
- `meta`: counts from the last complete walk, for the status bar before any file is looked at, and
  the walk's record (walk-record.ts) that lets the next run skip walking when no folder changed.
- `files_list` covers what the plain list reads, in order: 157,000 lines come from it in half the time.
*/

/** Bumped whenever the tables, the grams or how an article is parsed from a file change. */
export const schemaVersion = 9;

export const schema = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS files (
	id INTEGER PRIMARY KEY,
	path TEXT NOT NULL,
	real BLOB,
	slot INTEGER NOT NULL,
	rel TEXT NOT NULL,
	explicit INTEGER NOT NULL,
	size INTEGER NOT NULL,
	mtime REAL NOT NULL,
	ctime REAL NOT NULL,
	ino INTEGER NOT NULL,
	dev INTEGER NOT NULL,
	trusted INTEGER NOT NULL,
	kind TEXT NOT NULL,
	reason TEXT,
	date REAL,
	headline TEXT,
	section TEXT,
	source TEXT,
	url TEXT,
	warnings TEXT,
	digest TEXT,
	text_key TEXT,
	text_id INTEGER,
	folded_headline TEXT,
	headline_upper BLOB,
	position INTEGER,
	article_id TEXT,
	duplicate_of TEXT,
	UNIQUE (path, slot)
);
CREATE INDEX IF NOT EXISTS files_position ON files (position) WHERE position IS NOT NULL;
CREATE INDEX IF NOT EXISTS files_list ON files (position, date, headline, source) WHERE position IS NOT NULL;
CREATE INDEX IF NOT EXISTS files_text_key ON files (text_key);
CREATE INDEX IF NOT EXISTS files_text_id ON files (text_id);
CREATE TABLE IF NOT EXISTS texts (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, folded TEXT NOT NULL, upper BLOB);
CREATE VIRTUAL TABLE IF NOT EXISTS body_grams USING fts5 (grams, content='', contentless_delete=1, detail=none, tokenize='ascii');
CREATE VIRTUAL TABLE IF NOT EXISTS headline_grams USING fts5 (grams, content='', contentless_delete=1, detail=none, tokenize='ascii');
`;
