/** Reading one found file into an article, or the problem that stopped it. */
import {Buffer, isUtf8} from 'node:buffer';
import fs from 'node:fs';
import type {Problem} from './corpus.js';
import {decodeText} from './decode-text.js';
import {errorReason} from './error-reason.js';
import type {FoundFile} from './find-files.js';
import {sniffArticle} from './sniff.js';
import {type LazyArticle, parseArticleHead, parseArticleLazily} from '../article/parse-article.js';

/** Far above any article (the largest seen is ~450 KB): of a bigger file only this much is read (its header is at the top). */
export const maximumSize = 64 * 1024 * 1024;

/** What identifies a version of a file without reading it: a changed file changes one of these. */
export type FileStamp = {
	readonly size: number;
	readonly mtimeMs: number;
	/** Changes on any write or rename, even one that restores the old mtime (`touch -d`, `cp -p`). */
	readonly ctimeMs: number;
	readonly ino: number;
	readonly dev: number;
};

export type ReadResult =
	| {readonly ok: true; readonly file: FoundFile; readonly parsed: LazyArticle; readonly problem: Problem | null; readonly stamp: FileStamp}
	| {
		readonly ok: false;
		readonly problem: Problem;
		/** Set when the verdict came from the file's content (not an error): it holds until the file changes. */
		readonly stamp: FileStamp | null;
	};

/** The stamp of `stats`. */
export function stampOf(stats: fs.Stats): FileStamp {
	return {size: stats.size, mtimeMs: stats.mtimeMs, ctimeMs: stats.ctimeMs, ino: stats.ino, dev: stats.dev};
}

/** Files up to this size are read into one reused buffer, so that reading allocates nothing. */
const scratchLength = 1024 * 1024;
let scratch = Buffer.allocUnsafe(0);

/**
Reads a whole regular file synchronously, into the shared scratch buffer when it fits: the bytes are
valid only until the next read. O_NONBLOCK makes the open itself safe should the path have become a
FIFO since it was listed; fstat then refuses anything but a regular file.
*/
function readRegularFile(file: string | Buffer): {readonly read: Buffer | string; readonly stamp: FileStamp; readonly cut: boolean} {
	const descriptor = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
	try {
		const stats = fs.fstatSync(descriptor);
		const stamp = stampOf(stats);
		if (!stats.isFile()) {
			return {read: 'not a regular file', stamp, cut: false};
		}

		if (stats.size > maximumSize) {
			const head = readInto(descriptor, Buffer.allocUnsafe(maximumSize));
			return {read: head.subarray(0, characterBoundary(head, head.length)), stamp, cut: true};
		}

		if (stats.size > scratchLength) {
			return {read: readInto(descriptor, Buffer.allocUnsafe(stats.size)), stamp, cut: false};
		}

		if (scratch.length === 0) {
			scratch = Buffer.allocUnsafe(scratchLength);
		}

		return {read: readInto(descriptor, scratch.subarray(0, stats.size)), stamp, cut: false};
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
function parseBytes(bytes: Buffer, path: string, warnings: readonly string[]): LazyArticle {
	const content = bytes[0] === 0xEF && bytes[1] === 0xBB && bytes[2] === 0xBF ? bytes.subarray(3) : bytes;
	// Checked before anything of a file is decoded: a UTF-16 file (after its BOM) is not UTF-8.
	if (warnings.length === 0 && content.length > headLength && !content.includes(0x0D) && isUtf8(content)) {
		const cut = characterBoundary(content, headLength);
		// The scratch buffer is reused: the tail is copied out, as one byte a character.
		const lazy = parseArticleHead(content.toString('utf8', 0, cut), content.toString('latin1', cut), path);
		if (lazy !== null) {
			return lazy;
		}
	}

	const decoded = decodeText(bytes);
	return parseArticleLazily(decoded.text, path, [...warnings, ...decoded.warnings]);
}

/**
Reads, sniffs, decodes and (lazily) parses one file. Never throws.

Synchronous on purpose: for thousands of small files, plain reads are about four times faster than
promise-based ones going through libuv's four-thread pool (measured by bench/load.mjs); the loader
yields to the event loop between batches instead.
*/
export function readArticle(file: FoundFile): ReadResult {
	let bytes: Buffer;
	let stamp: FileStamp;
	const warnings: string[] = [];
	try {
		const {read, stamp: readStamp, cut} = readRegularFile(file.real ?? file.path);
		stamp = readStamp;
		if (typeof read === 'string') {
			return rejected(file, read, stamp);
		}

		bytes = read;
		if (cut) {
			warnings.push(`${Math.round(stamp.size / 1024 / 1024)} MB file: only its first ${maximumSize / 1024 / 1024} MB are read`);
		}
	} catch (error) {
		return rejected(file, errorReason(error), null);
	}

	const notArticle = sniffArticle(bytes);
	if (notArticle !== null) {
		return rejected(file, notArticle, stamp);
	}

	if (file.real !== undefined) {
		warnings.push('file name is not UTF-8 (shown decoded as well as it can be)');
	}

	const utf16 = (bytes[0] === 0xFF && bytes[1] === 0xFE) || (bytes[0] === 0xFE && bytes[1] === 0xFF);
	if (!utf16 && bytes.includes(0)) {
		// An article whose body holds NUL bytes (a damaged download): loaded without them.
		bytes = Buffer.from(bytes.filter(byte => byte !== 0));
		warnings.push('NUL bytes removed');
	}

	const parsed = parseBytes(bytes, file.path, warnings);
	const found = parsed.article.warnings;
	const problem: Problem | null = found.length > 0
		? {path: file.path, reason: found.join('; '), kind: 'degraded'}
		: null;
	return {ok: true, file, parsed, problem, stamp};
}

/**
A file that is not loaded: for a verdict on its content (`stamp` set) or an error (`stamp` null).
Other files in a folder are normal (`ignored`); an argument that is not an article is worth saying.
*/
export function rejected(file: FoundFile, reason: string, stamp: FileStamp | null): ReadResult {
	return {ok: false, problem: {path: file.path, reason, kind: stamp !== null && !file.explicit ? 'ignored' : 'skipped'}, stamp};
}
