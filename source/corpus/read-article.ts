/** Reading one found file into an article, or the problem that stopped it. */
import {Buffer, isUtf8} from 'node:buffer';
import fs from 'node:fs';
import type {Problem} from './corpus.js';
import {decodeText} from './decode-text.js';
import {errorReason} from './error-reason.js';
import type {FoundFile} from './find-files.js';
import {sniffArticle} from './sniff.js';
import {type LazyArticle, parseArticleHead, parseArticleLazily} from '../article/parse-article.js';

/** Far above any article (the largest seen is ~450 KB); anything bigger is not one. */
const maximumSize = 64 * 1024 * 1024;

export type ReadResult =
	| {readonly ok: true; readonly file: FoundFile; readonly parsed: LazyArticle; readonly problem: Problem | null}
	| {readonly ok: false; readonly problem: Problem};

/** Files up to this size are read into one reused buffer, so that reading allocates nothing. */
const scratchLength = 1024 * 1024;
let scratch = Buffer.allocUnsafe(0);

/**
Reads a whole regular file synchronously, into the shared scratch buffer when it fits: the bytes are
valid only until the next read. O_NONBLOCK makes the open itself safe should the path have become a
FIFO since it was listed; fstat then refuses anything but a regular file.
*/
function readRegularFile(file: string): Buffer | string {
	const descriptor = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
	try {
		const stats = fs.fstatSync(descriptor);
		if (!stats.isFile()) {
			return 'not a regular file';
		}

		if (stats.size > maximumSize) {
			return 'not an article (too large)';
		}

		if (stats.size > scratchLength) {
			return readInto(descriptor, Buffer.allocUnsafe(stats.size));
		}

		if (scratch.length === 0) {
			scratch = Buffer.allocUnsafe(scratchLength);
		}

		return readInto(descriptor, scratch.subarray(0, stats.size));
	} finally {
		fs.closeSync(descriptor);
	}
}

function readInto(descriptor: number, bytes: Buffer): Buffer {
	let filled = 0;
	while (filled < bytes.length) {
		const count = fs.readSync(descriptor, bytes, filled, bytes.length - filled, null);
		if (count === 0) {
			break;
		}

		filled += count;
	}

	return bytes.subarray(0, filled);
}

/** Bytes decoded while loading: enough for any header and the body's leading date element. */
const headLength = 4096;

/** Where to cut `bytes` at or before `limit` so that no UTF-8 sequence is split. */
function characterBoundary(bytes: Buffer, limit: number): number {
	let cut = limit;
	// Continuation bytes are 10xxxxxx; a sequence is at most four bytes.
	while (cut > limit - 4 && ((bytes[cut] ?? 0) & 0xC0) === 0x80) {
		cut--;
	}

	return cut;
}

/**
Decodes and (lazily) parses a file's bytes. Valid UTF-8 without CR (the common case) decodes only its
head now and keeps the rest as bytes until the body is read; anything else, or a header the head
cannot settle, is decoded whole (then `decodeText` also tells other encodings apart).
*/
function parseBytes(bytes: Buffer, path: string): LazyArticle {
	const content = bytes[0] === 0xEF && bytes[1] === 0xBB && bytes[2] === 0xBF ? bytes.subarray(3) : bytes;
	// Checked before anything of a file is decoded: a UTF-16 file (after its BOM) is not UTF-8.
	if (content.length > headLength && !content.includes(0x0D) && isUtf8(content)) {
		const cut = characterBoundary(content, headLength);
		// The scratch buffer is reused: the tail is copied out, as one byte a character.
		const lazy = parseArticleHead(content.toString('utf8', 0, cut), content.toString('latin1', cut), path);
		if (lazy !== null) {
			return lazy;
		}
	}

	const decoded = decodeText(bytes);
	return parseArticleLazily(decoded.text, path, decoded.warnings);
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

	let bytes: Buffer;
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

	const parsed = parseBytes(bytes, file.path);
	const warnings = parsed.article.warnings;
	const problem: Problem | null = warnings.length > 0
		? {path: file.path, reason: warnings.join('; '), kind: 'degraded'}
		: null;
	return {ok: true, file, parsed, problem};
}
