/** What the index stores of one file that was read: its identity, and its header or why it is no article. */
import {Buffer} from 'node:buffer';
import {createHash} from 'node:crypto';
import {bodyDigest} from '../corpus/body-digest.js';
import type {FileStamp, ReadResult} from '../corpus/read-article.js';
import {foldText} from '../search/fold.js';

/** How a file was found, and the identity its row was read at: the columns every row has. */
export type StoredFile = {
	readonly path: string;
	readonly rel: string;
	readonly explicit: number;
	readonly size: number;
	readonly mtime: number;
	readonly ctime: number;
	readonly ino: number;
	readonly dev: number;
};

/** The columns the sync's upsert writes. */
export type FileRow = StoredFile & {
	/** The path's bytes when a name on it is not UTF-8, else null. */
	readonly real: Buffer | null;
	readonly trusted: number;
	readonly kind: 'article' | 'rejected';
	readonly reason: string | null;
	readonly date: number | null;
	readonly headline: string | null;
	readonly section: string | null;
	readonly source: string | null;
	readonly url: string | null;
	readonly warnings: string | null;
	readonly digest: string | null;
	readonly textKey: string | null;
	readonly foldedHeadline: string | null;
	readonly headlineUpper: Buffer | null;
};

/** The key of the `slot`th time the walk finds `file` (a file named twice on the command line is listed twice). */
// The path alone for the first (no string is built for 157,000 files); paths never hold NUL.
export const keyOf = (file: string, slot: number): string => (slot === 0 ? file : `${slot}\0${file}`);

/** A file modified this close to its reading may change again unseen within the same timestamp tick. */
export const racyMargin = 2000;

function identity(stamp: FileStamp, readSince: number): Pick<FileRow, 'size' | 'mtime' | 'ctime' | 'ino' | 'dev' | 'trusted'> {
	return {
		size: stamp.size, mtime: stamp.mtimeMs, ctime: stamp.ctimeMs, ino: stamp.ino, dev: stamp.dev,
		// An untrusted row is read again at the next walk, whatever its stamp says.
		trusted: stamp.mtimeMs < readSince - racyMargin && stamp.ctimeMs < readSince - racyMargin ? 1 : 0,
	};
}

/** Offsets as bytes (little-endian uint32), or null when there are none: most texts have no capitals. */
export function offsetsBlob(offsets: Uint32Array): Buffer | null {
	return offsets.length === 0 ? null : Buffer.from(offsets.buffer, offsets.byteOffset, offsets.byteLength);
}

/** The offsets `offsetsBlob` stored. */
export function blobOffsets(blob: unknown): Uint32Array {
	if (!(blob instanceof Uint8Array) || blob.byteLength % 4 !== 0) {
		return new Uint32Array(0);
	}

	// Copied: the blob's buffer may not be aligned for a Uint32Array.
	const copy = new Uint8Array(blob);
	return new Uint32Array(copy.buffer, 0, copy.byteLength / 4);
}

/**
The row for a file as `readArticle` read it, or null when it could not be read at all (nothing is
known of it to keep). `rel` and `explicit` are as the walk found the file.
*/
export function fileRow(result: ReadResult, rel: string, explicit: boolean, readSince: number, real: Buffer | null = null): FileRow | null {
	const common = {rel, explicit: explicit ? 1 : 0, real};
	if (!result.ok) {
		if (result.stamp === null) {
			return null;
		}

		return {
			path: result.problem.path, ...common, ...identity(result.stamp, readSince), kind: 'rejected', reason: result.problem.reason,
			date: null, headline: null, section: null, source: null, url: null, warnings: null, digest: null, textKey: null, foldedHeadline: null, headlineUpper: null,
		};
	}

	const {article, body} = result.parsed;
	const digest = bodyDigest(body);
	// What the searchable text depends on: the body, and the header fields its parsing looks at (the
	// URL resolves links, the source picks the date rule, the headline drops a repeated first line).
	const bodyHash = digest ?? createHash('sha256').update(body.head, 'utf8').update(body.tail, 'latin1').digest('base64');
	const textKey = createHash('sha256')
		.update([bodyHash, article.headline, article.section ?? '', article.source, article.url ?? '', article.warnings.includes('no header') ? article.path : ''].join('\0'))
		.digest('base64')
		.slice(0, 43);
	const folded = foldText(article.headline);
	return {
		path: article.path, ...common, ...identity(result.stamp, readSince), kind: 'article', reason: null,
		date: article.date, headline: article.headline, section: article.section, source: article.source, url: article.url,
		warnings: article.warnings.length === 0 ? null : JSON.stringify(article.warnings),
		digest, textKey, foldedHeadline: folded.text, headlineUpper: offsetsBlob(folded.upper),
	};
}
