/** The loaded corpus: articles in reading order, and what could not be loaded cleanly. */
import type {Article} from '../article/article.js';

export type CorpusArticle = Article & {
	/**
	The file's path relative to the PATH argument it was found under (a file argument: its base
	name). Unique within the corpus. May hold any character a file name can (spaces, newlines):
	sanitise before printing.
	*/
	readonly id: string;
	/** The id of an earlier article (in corpus order) with the same URL or the same body, or null. */
	readonly duplicateOf: string | null;
	/** What the reading state knows it by (see reading-key.ts); its URL, else a digest of its body. */
	readonly readingKey?: string;
};

/**
How serious a problem is:
- `skipped`: the file was meant to be read and was not (missing, unreadable, given explicitly but
  not an article).
- `ignored`: found inside a folder and not an article (binary, empty, hidden, FIFO, another kind of
  file). Normal in a folder; worth showing only when asked (`--verbose`).
- `degraded`: loaded, but something was wrong (invalid UTF-8, no header); the article's `warnings`
  say the same.
*/
export type ProblemKind = 'skipped' | 'ignored' | 'degraded';

export type Problem = {
	readonly path: string;
	/** Human words, e.g. 'no such file or directory', 'not an article (binary)'. */
	readonly reason: string;
	readonly kind: ProblemKind;
};

export type Corpus = {
	/** Newest first (null dates last), ties broken by path. */
	readonly articles: readonly CorpusArticle[];
	readonly problems: readonly Problem[];
};

/**
The articles in reading order, however they are held: an array, or a window onto the index
(store/catalog.ts) that never holds them all.
*/
export type ArticleList = {
	readonly length: number;
	at(position: number): CorpusArticle | undefined;
};
