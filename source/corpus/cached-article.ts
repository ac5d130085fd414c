/** An article rebuilt from the index: its header at once, its body read on first access. */
import type {Article, Block, Inline} from '../article/article.js';
import {RecentMap} from '../common/recent-map.js';
import {type CachedArticle, sameStamp} from './cache-entry.js';
import type {FoundFile} from './find-files.js';
import {readArticle} from './read-article.js';

type Content = {readonly lead: readonly Inline[] | null; readonly blocks: readonly Block[]};

/**
Bodies parsed lately, newest last. Only these stay in memory: the reader shows a handful, and search
keeps its own folded text, so holding every parsed body of a large corpus (more than the files'
size again) would buy nothing. An evicted body is read and parsed again when next needed.
*/
const recent = new RecentMap<object, Content>(64);

/**
The article `entry` describes. Its `lead` and `blocks` read, decode and parse the file on access
(synchronously: one article takes a fraction of a millisecond), exactly as loading without the cache
would have. Should the file have changed or gone since it was checked against the cache, the body is
empty and a warning says why: the header shown would not match it. Never throws.
*/
export function articleFromCache(file: FoundFile, entry: CachedArticle): Article {
	const warnings = [...entry.warnings];
	const key = {};
	let gone = false;
	const getContent = (): Content => {
		const found = recent.get(key);
		if (found !== undefined) {
			return found;
		}

		if (gone) {
			return {lead: null, blocks: []};
		}

		const result = readArticle(file);
		if (result.ok && sameStamp(result.stamp, entry.stamp)) {
			return recent.set(key, {lead: result.parsed.article.lead, blocks: result.parsed.article.blocks});
		}

		gone = true;
		warnings.push(result.ok || result.stamp !== null ? 'file changed since loading' : `file unreadable since loading (${result.problem.reason})`);
		return {lead: null, blocks: []};
	};

	return {
		path: file.path,
		date: entry.date,
		headline: entry.headline,
		section: entry.section,
		source: entry.source,
		url: entry.url,
		get lead() {
			return getContent().lead;
		},
		get blocks() {
			return getContent().blocks;
		},
		warnings,
	};
}
