/** Loading the corpus: find the files, read them with bounded concurrency, order and link them. */
import path from 'node:path';
import type {Corpus, CorpusArticle, Problem} from './corpus.js';
import {findFiles} from './find-files.js';
import {type ReadResult, readArticle} from './read-article.js';
import type {Article} from '../article/article.js';

export type LoadOptions = {
	/** Files read at once. Enough to keep the disk busy, few enough to stay far from the fd limit. */
	readonly concurrency?: number;
};

type Loaded = {readonly article: Article; readonly id: string; readonly body: string};

/** Runs `task` over `items` with at most `limit` in flight; results keep the items' order. */
async function mapBounded<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
	const results: R[] = Array.from({length: items.length});
	let next = 0;
	const worker = async (): Promise<void> => {
		while (next < items.length) {
			const index = next++;
			results[index] = await task(items[index] as T);
		}
	};

	await Promise.all(Array.from({length: Math.max(1, Math.min(limit, items.length))}, async () => worker()));
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

/** Marks each article whose URL or non-empty body an earlier one already had. */
function linkDuplicates(loaded: readonly Loaded[]): CorpusArticle[] {
	const byUrl = new Map<string, string>();
	const byBody = new Map<string, string>();
	return loaded.map(item => {
		const {url} = item.article;
		const body = item.body.trim();
		const duplicateOf = (url === null ? undefined : byUrl.get(url)) ?? (body === '' ? undefined : byBody.get(body)) ?? null;
		if (url !== null && !byUrl.has(url)) {
			byUrl.set(url, item.id);
		}

		if (body !== '' && !byBody.has(body)) {
			byBody.set(body, item.id);
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
	const results: ReadResult[] = await mapBounded(found.files, options.concurrency ?? 48, readArticle);
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
