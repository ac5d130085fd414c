/** An article rebuilt from the header cache: its header at once, its body read on first access. */
import type {Article, Block, Inline} from '../article/article.js';
import {type CachedArticle, sameStamp} from './cache-entry.js';
import type {FoundFile} from './find-files.js';
import {readArticle} from './read-article.js';

type Content = {readonly lead: readonly Inline[] | null; readonly blocks: readonly Block[]};

/**
The article `entry` describes. Its `lead` and `blocks` read, decode and parse the file on first access
(synchronously: one article takes a fraction of a millisecond), exactly as loading without the cache
would have. Should the file have changed or gone since it was checked against the cache, the body is
empty and a warning says why: the header shown would not match it. Never throws.
*/
export function articleFromCache(file: FoundFile, entry: CachedArticle): Article {
	const warnings = [...entry.warnings];
	let content: Content | undefined;
	const getContent = (): Content => {
		if (content === undefined) {
			const result = readArticle(file);
			if (result.ok && sameStamp(result.stamp, entry.stamp)) {
				content = {lead: result.parsed.article.lead, blocks: result.parsed.article.blocks};
			} else {
				warnings.push(result.ok || result.stamp !== null ? 'file changed since loading' : `file unreadable since loading (${result.problem.reason})`);
				content = {lead: null, blocks: []};
			}
		}

		return content;
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
