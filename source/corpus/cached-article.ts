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

/** What the reader is told when the file under an article is no longer the one listed. */
function changedWarning(result: ReturnType<typeof readArticle>): string {
	if (result.ok) {
		return 'this file changed since it was listed: reloaded';
	}

	if (result.stamp !== null) {
		return `this file changed since it was listed, and is no article now (${result.problem.reason})`;
	}

	return result.problem.reason === 'no such file or directory' ? 'this file is gone' : `cannot read this file: ${result.problem.reason}`;
}

/**
The article `entry` describes. Its `lead` and `blocks` read, decode and parse the file on access
(synchronously: one article takes a fraction of a millisecond), exactly as loading without the cache
would have. Should the file have changed since it was checked against the index, the new content is
shown, and a warning says so; should it be gone or unreadable, the body is empty and a warning says
why. The list catches up at the reader's next check. Never throws.
*/
export function articleFromCache(file: FoundFile, entry: CachedArticle): Article {
	const warnings = [...entry.warnings];
	const key = {};
	let settled: Content | undefined;
	const getContent = (): Content => {
		const found = recent.get(key) ?? settled;
		if (found !== undefined) {
			return found;
		}

		const result = readArticle(file);
		if (result.ok && sameStamp(result.stamp, entry.stamp)) {
			return recent.set(key, {lead: result.parsed.article.lead, blocks: result.parsed.article.blocks});
		}

		// Changed or gone: settled once, so the note is added once and the body does not flicker.
		warnings.push(changedWarning(result));
		settled = result.ok ? {lead: result.parsed.article.lead, blocks: result.parsed.article.blocks} : {lead: null, blocks: []};
		return settled;
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
