/** Loading the corpus: find the files, take unchanged ones from the header cache, read the rest, order and link them. */
import fs from 'node:fs';
import path from 'node:path';
import {bodyDigest} from './body-digest.js';
import {type CacheEntry, sameStamp} from './cache-entry.js';
import {articleFromCache} from './cached-article.js';
import type {Corpus, CorpusArticle, Problem} from './corpus.js';
import {findFiles, type FoundFile} from './find-files.js';
import {cacheFile, cacheMode, minimumCachedFiles, readHeaderCache, writeHeaderCache} from './header-cache.js';
import {type ReadResult, readArticle, rejected, stampOf} from './read-article.js';
import type {Article} from '../article/article.js';

export type LoadOptions = {
	/** Files read between two yields to the event loop, so a spinner keeps turning while loading. */
	readonly batchSize?: number;
	/**
	Whether to use the header cache (see header-cache.ts): true for any corpus, false never; by
	default as `CORPUS_READER_CACHE` says, else for corpora of 100 files or more.
	*/
	readonly cache?: boolean;
};

type Loaded = {readonly article: Article; readonly id: string; readonly digest: string | null};

/** One file's outcome: its article (and body digest) or not, its problem, and what to cache of it. */
type Outcome = {
	readonly loaded: {readonly article: Article; readonly digest: string | null} | null;
	readonly problem: Problem | null;
	readonly entry: CacheEntry | null;
	/** Taken from the cache as it was. */
	readonly hit: boolean;
};

function degraded(file: FoundFile, warnings: readonly string[]): Problem | null {
	return warnings.length > 0 ? {path: file.path, reason: warnings.join('; '), kind: 'degraded'} : null;
}

/** What reading a file gave, and its cache entry. */
function outcomeOfRead(result: ReadResult): Outcome {
	if (!result.ok) {
		const entry: CacheEntry | null = result.stamp === null ? null : {kind: 'rejected', stamp: result.stamp, reason: result.problem.reason};
		return {loaded: null, problem: result.problem, entry, hit: false};
	}

	const {article, body} = result.parsed;
	const digest = bodyDigest(body);
	const {date, headline, section, source, url, warnings} = article;
	const entry: CacheEntry = {kind: 'article', stamp: result.stamp, date, headline, section, source, url, warnings, digest};
	// The body read now is let go: the article reads it again when shown or searched, exactly as one
	// from the cache does, so a large corpus is never held in memory twice over.
	return {loaded: {article: articleFromCache(result.file, entry), digest}, problem: result.problem, entry, hit: false};
}

/** What the cache says of a file, when its stamp is still the cached one; else null. */
function outcomeOfCache(file: FoundFile, entry: CacheEntry | undefined): Outcome | null {
	if (entry === undefined) {
		return null;
	}

	let stats: fs.Stats | undefined;
	try {
		stats = fs.statSync(file.path, {throwIfNoEntry: false});
	} catch {
		return null;
	}

	if (stats === undefined || !stats.isFile() || !sameStamp(stampOf(stats), entry.stamp)) {
		return null;
	}

	if (entry.kind === 'rejected') {
		return {loaded: null, problem: rejected(file, entry.reason, entry.stamp).problem, entry, hit: true};
	}

	return {loaded: {article: articleFromCache(file, entry), digest: entry.digest}, problem: degraded(file, entry.warnings), entry, hit: true};
}

/** Reads or looks up all files in order, yielding to the event loop after every batch. */
async function readAll(files: readonly FoundFile[], cached: ReadonlyMap<string, CacheEntry>, batchSize: number): Promise<Outcome[]> {
	const outcomes: Outcome[] = [];
	for (let start = 0; start < files.length; start += batchSize) {
		if (start > 0) {
			await new Promise(resolve => {
				setImmediate(resolve);
			});
		}

		for (const file of files.slice(start, start + batchSize)) {
			outcomes.push(outcomeOfCache(file, cached.get(file.path)) ?? outcomeOfRead(readArticle(file)));
		}
	}

	return outcomes;
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

/** Marks each article whose URL or non-empty body (by digest) an earlier one already had. */
function linkDuplicates(loaded: readonly Loaded[]): CorpusArticle[] {
	const byUrl = new Map<string, string>();
	const byBody = new Map<string, string>();
	return loaded.map(item => {
		const {url} = item.article;
		let duplicateOf = url === null ? null : (byUrl.get(url) ?? null);
		if (url !== null && duplicateOf === null) {
			byUrl.set(url, item.id);
		}

		if (item.digest !== null) {
			duplicateOf ??= byBody.get(item.digest) ?? null;
			if (!byBody.has(item.digest)) {
				byBody.set(item.digest, item.id);
			}
		}

		return withIdentity(item, duplicateOf);
	});
}

/**
Loads every article under `paths` (files, and folders recursively). Never throws: whatever cannot
be read is a `Problem`, and the rest loads.

Bodies are parsed on first access to `lead` or `blocks`, so loading costs reading and headers; files
unchanged since the last load come from the header cache (see header-cache.ts) and are read only
when their body is first needed. The result is the same with the cache or without it.

@example
const {articles, problems} = await loadCorpus(['corpus/']);
*/
export async function loadCorpus(paths: readonly string[], options: LoadOptions = {}): Promise<Corpus> {
	const readSince = Date.now();
	const mode = cacheMode(options.cache);
	const file = mode === 'off' ? null : cacheFile(paths);
	// Read while the folders are walked.
	const reading = file === null ? null : readHeaderCache(file);
	const found = findFiles(paths);
	const cached = await reading ?? new Map<string, CacheEntry>();
	const useCache = file !== null && (mode === 'always' || found.files.length >= minimumCachedFiles);
	const outcomes = await readAll(found.files, useCache ? cached : new Map(), Math.max(1, options.batchSize ?? 256));
	const problems: Problem[] = [...found.problems];
	const loaded: Loaded[] = [];
	const taken = new Set<string>();
	const entries = new Map<string, CacheEntry>();
	let changed = false;
	for (const [index, outcome] of outcomes.entries()) {
		const foundFile = found.files[index];
		if (foundFile === undefined) {
			continue;
		}

		if (outcome.problem !== null) {
			problems.push(outcome.problem);
		}

		if (outcome.loaded !== null) {
			const id = path.sep === '/' ? foundFile.id : foundFile.id.split(path.sep).join('/');
			loaded.push({article: outcome.loaded.article, digest: outcome.loaded.digest, id: uniqueId(id, taken)});
		}

		if (outcome.entry !== null) {
			entries.set(foundFile.path, outcome.entry);
		}

		// A file that failed to read has no entry: it changes the cache only if it had one.
		changed ||= !outcome.hit && (outcome.entry !== null || cached.has(foundFile.path));
	}

	// Also when files vanished: their entries go.
	if (useCache && (changed || entries.size !== cached.size)) {
		writeHeaderCache(file, entries, readSince);
	}

	loaded.sort(compareLoaded);
	return {articles: linkDuplicates(loaded), problems};
}
