/** Reading one found file into an article, or the problem that stopped it. */
import fs from 'node:fs/promises';
import type {Problem} from './corpus.js';
import {decodeText} from './decode-text.js';
import {errorReason} from './error-reason.js';
import type {FoundFile} from './find-files.js';
import {sniffArticle} from './sniff.js';
import {type LazyArticle, parseArticleLazily} from '../article/parse-article.js';

/** Far above any article (the largest seen is ~450 KB); anything bigger is not one. */
const maximumSize = 64 * 1024 * 1024;

export type ReadResult =
	| {readonly ok: true; readonly file: FoundFile; readonly parsed: LazyArticle; readonly problem: Problem | null}
	| {readonly ok: false; readonly problem: Problem};

/** Reads, sniffs, decodes and (lazily) parses one file. Never throws. */
export async function readArticle(file: FoundFile): Promise<ReadResult> {
	const notLoaded = (reason: string, byContent: boolean): ReadResult => ({
		ok: false,
		// Other files in a folder are normal; an argument that is not an article is worth saying.
		problem: {path: file.path, reason, kind: byContent && !file.explicit ? 'ignored' : 'skipped'},
	});

	let bytes: Uint8Array;
	try {
		const handle = await fs.open(file.path, 'r');
		try {
			const {size} = await handle.stat();
			if (size > maximumSize) {
				return notLoaded('not an article (too large)', true);
			}

			bytes = await handle.readFile();
		} finally {
			await handle.close();
		}
	} catch (error) {
		return notLoaded(errorReason(error), false);
	}

	const notArticle = sniffArticle(bytes);
	if (notArticle !== null) {
		return notLoaded(notArticle, true);
	}

	const {text, invalid} = decodeText(bytes);
	const parsed = parseArticleLazily(text, file.path, invalid ? ['invalid UTF-8'] : []);
	const warnings = parsed.article.warnings;
	const problem: Problem | null = warnings.length > 0
		? {path: file.path, reason: warnings.join('; '), kind: 'degraded'}
		: null;
	return {ok: true, file, parsed, problem};
}
