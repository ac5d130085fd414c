/** Loading the corpus: find the files, read them with bounded concurrency, order and link them. */
import path from 'node:path';
import type {Corpus, CorpusArticle, Problem} from './corpus.js';
import {type FoundFile, findFiles} from './find-files.js';
import {type ReadResult, readArticle} from './read-article.js';
import type {Article} from '../article/article.js';
import type {BodySource} from '../article/parse-article.js';

export type LoadOptions = {
	/** Files read between two yields to the event loop, so a spinner keeps turning while loading. */
	readonly batchSize?: number;
};

type Loaded = {readonly article: Article; readonly id: string; readonly body: BodySource};

/** Reads all files in order, yielding to the event loop after every batch. */
async function readAll(files: readonly FoundFile[], batchSize: number): Promise<ReadResult[]> {
	const results: ReadResult[] = [];
	for (let start = 0; start < files.length; start += batchSize) {
		if (start > 0) {
			await new Promise(resolve => {
				setImmediate(resolve);
			});
		}

		for (const file of files.slice(start, start + batchSize)) {
			results.push(readArticle(file));
		}
	}

	return results;
}

/** Newest first, undated last, then by path in code-unit order so the numbering is stable. */
function compareLoaded(a: Loaded, b: Loaded): number {
	const dateA = a.article.date;
	const dateB = b.article.date;
	if (dateA !== dateB) {
		if (dateA === null) {
			return 1;
		}

		if (dateB === null) {
			return -1;
		}

		return dateB - dateA;
	}

	const pathA = a.article.path;
	const pathB = b.article.path;
	return pathA < pathB ? -1 : (pathA > pathB ? 1 : 0);
}

/** Makes ids unique: a clash (two arguments with the same inner paths) gets a counter. */
function uniqueId(id: string, taken: Set<string>): string {
	let unique = id;
	for (let count = 2; taken.has(unique); count++) {
		unique = `${id} (${count})`;
	}

	taken.add(unique);
	return unique;
}

/** Adds `id` and `duplicateOf` without copying, so a lazy article stays lazy. */
function withIdentity(loaded: Loaded, duplicateOf: string | null): CorpusArticle {
	return Object.assign(loaded.article, {id: loaded.id, duplicateOf});
}

/** The first 256 characters of a body: its tail's first 1,024 bytes hold them whole. */
function bodyStart(body: BodySource): string {
	return (body.head.length >= 256 ? body.head : body.head + Buffer.from(body.tail.slice(0, 1024), 'latin1').toString('utf8')).slice(0, 256);
}

/** A body as UTF-8 bytes: equal bytes are equal text, whichever part of it was decoded. */
function bodyBytes(body: BodySource): Buffer {
	return Buffer.concat([Buffer.from(body.head), Buffer.from(body.tail, 'latin1')]);
}

/** Whether two bodies hold the same text, without copying them when they were split alike. */
function sameBody(a: BodySource, b: BodySource): boolean {
	if (a.head === b.head || a.tail === b.tail) {
		return a.head === b.head && a.tail === b.tail;
	}

	return bodyBytes(a).equals(bodyBytes(b));
}

/** A cheap key for a body: equal bodies share it; the rare clash is settled by comparing bodies. */
function bodyKey(body: BodySource, start: string): string {
	return `${Buffer.byteLength(body.head) + body.tail.length}:${start}`;
}

/** Marks each article whose URL or non-empty body an earlier one already had. */
function linkDuplicates(loaded: readonly Loaded[]): CorpusArticle[] {
	const byUrl = new Map<string, string>();
	const byBody = new Map<string, Loaded[]>();
	return loaded.map(item => {
		const {url} = item.article;
		let duplicateOf = url === null ? null : (byUrl.get(url) ?? null);
		if (url !== null && duplicateOf === null) {
			byUrl.set(url, item.id);
		}

		const start = bodyStart(item.body);
		if (!/^\s*$/.test(start)) {
			const key = bodyKey(item.body, start);
			const same = byBody.get(key) ?? [];
			duplicateOf ??= same.find(other => sameBody(other.body, item.body))?.id ?? null;
			same.push(item);
			byBody.set(key, same);
		}

		return withIdentity(item, duplicateOf);
	});
}

/**
Loads every article under `paths` (files, and folders recursively). Never throws: whatever cannot
be read is a `Problem`, and the rest loads.

Bodies are parsed on first access to `lead` or `blocks`, so loading costs reading and headers.

@example
const {articles, problems} = await loadCorpus(['corpus/']);
*/
export async function loadCorpus(paths: readonly string[], options: LoadOptions = {}): Promise<Corpus> {
	const found = await findFiles(paths);
	const results = await readAll(found.files, Math.max(1, options.batchSize ?? 256));
	const problems: Problem[] = [...found.problems];
	const loaded: Loaded[] = [];
	const taken = new Set<string>();
	for (const result of results) {
		if (result.problem !== null) {
			problems.push(result.problem);
		}

		if (result.ok) {
			loaded.push({article: result.parsed.article, id: uniqueId(result.file.id.split(path.sep).join('/'), taken), body: result.parsed.body});
		}
	}

	loaded.sort(compareLoaded);
	return {articles: linkDuplicates(loaded), problems};
}
