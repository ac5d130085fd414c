/** Reading one found file into an article, or the problem that stopped it. */
import fs from 'node:fs';
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

/**
Reads a whole regular file synchronously. O_NONBLOCK makes the open itself safe should the path have
become a FIFO since it was listed; fstat then refuses anything but a regular file.
*/
function readRegularFile(file: string): Uint8Array | string {
	const descriptor = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
	try {
		const stats = fs.fstatSync(descriptor);
		if (!stats.isFile()) {
			return 'not a regular file';
		}

		if (stats.size > maximumSize) {
			return 'not an article (too large)';
		}

		const bytes = Buffer.allocUnsafe(stats.size);
		let filled = 0;
		while (filled < bytes.length) {
			const count = fs.readSync(descriptor, bytes, filled, bytes.length - filled, null);
			if (count === 0) {
				break;
			}

			filled += count;
		}

		return bytes.subarray(0, filled);
	} finally {
		fs.closeSync(descriptor);
	}
}

/**
Reads, sniffs, decodes and (lazily) parses one file. Never throws.

Synchronous on purpose: for thousands of small files, plain reads are about four times faster than
promise-based ones going through libuv's four-thread pool (measured by bench/load.mjs); the loader
yields to the event loop between batches instead.
*/
export function readArticle(file: FoundFile): ReadResult {
	const notLoaded = (reason: string, byContent: boolean): ReadResult => ({
		ok: false,
		// Other files in a folder are normal; an argument that is not an article is worth saying.
		problem: {path: file.path, reason, kind: byContent && !file.explicit ? 'ignored' : 'skipped'},
	});

	let bytes: Uint8Array;
	try {
		const read = readRegularFile(file.path);
		if (typeof read === 'string') {
			return notLoaded(read, true);
		}

		bytes = read;
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
