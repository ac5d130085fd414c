/**
Finding the files behind the PATH arguments: files as given, folders recursively. Hidden entries
are passed over, symbolic links followed without looping, and FIFOs, sockets and devices are never
opened (opening a FIFO would block until a writer comes).

Synchronous: plain readdir and the native realpath are about seven times faster here than their
promise forms, which each go through libuv's thread pool, and a warm start is mostly walking.
*/
import {Buffer, isUtf8} from 'node:buffer';
import fs from 'node:fs';
import type {Dirent, Stats} from 'node:fs';
import path from 'node:path';
import type {Problem} from './corpus.js';
import {errorReason} from './error-reason.js';

export type FoundFile = {
	/** The path to read: the argument joined with the path inside it. */
	readonly path: string;
	/** Relative to the argument; a file argument's base name. */
	readonly id: string;
	/** Given as an argument itself, so not being an article is worth saying. */
	readonly explicit: boolean;
	/**
	The path's bytes, when a name on it is not UTF-8 (GBK names from archives made on Windows): the
	file is opened by these, while `path` and `id` show the name decoded as well as it can be.
	*/
	readonly real?: Buffer;
};

/** What a stat says of a path, enough to tell that it changed (a folder's mtime moves when an entry is added, removed or renamed). */
export type PathStamp = {
	readonly size: number;
	readonly mtimeMs: number;
	readonly ctimeMs: number;
	readonly ino: number;
	readonly dev: number;
};

/** A path the walk decided by, its stamp then, and its bytes as hex when they are not UTF-8 (see `FoundFile.real`). */
export type StampedPath = [string, PathStamp | null] | [string, PathStamp | null, string];

export type FoundFiles = {
	readonly files: FoundFile[];
	/** The folders walked, for watching them. */
	readonly folders?: string[];
	/**
	The paths whose stamps decide the walk: the arguments, every folder walked and every broken
	link, each with its stamp then (null when it could not be stat-ed). While none of them changes,
	walking again would find the same files.
	*/
	readonly stamps?: Array<StampedPath>;
	readonly problems: Problem[];
};

type Kind = 'file' | 'directory' | 'other';

/** The stamp of `stats`. */
export const stampOf = (stats: Stats): PathStamp => ({size: stats.size, mtimeMs: stats.mtimeMs, ctimeMs: stats.ctimeMs, ino: stats.ino, dev: stats.dev});

/** The stamp of `file` now, following links, or null when it cannot be stat-ed. */
export function stampNow(file: string | Buffer): PathStamp | null {
	try {
		const stats = fs.statSync(file, {throwIfNoEntry: false});
		return stats === undefined ? null : stampOf(stats);
	} catch {
		return null;
	}
}

/** What a directory entry or a stat result is, as far as walking goes. */
function kindOf(entry: Dirent | Stats): Kind {
	if (entry.isFile()) {
		return 'file';
	}

	return entry.isDirectory() ? 'directory' : 'other';
}

/** A name that is not UTF-8, shown as well as it can be: as GB18030 (GBK, the usual case) when it is that, else with replacement characters. */
export function decodeName(raw: Buffer): string {
	try {
		return new TextDecoder('gb18030', {fatal: true}).decode(raw);
	} catch {
		return new TextDecoder('utf-8').decode(raw);
	}
}

type Entry = {readonly name: string; readonly dirent: Dirent; readonly raw: Buffer | null};

/**
The entries of a folder. Node decodes names as UTF-8, a byte it cannot decode becoming U+FFFD; only
a folder with such a name is read again as bytes, to keep the real names of those entries.
*/
function readEntries(folder: string | Buffer): Entry[] {
	const entries = fs.readdirSync(folder, {withFileTypes: true});
	if (!entries.some(entry => entry.name.includes('\uFFFD'))) {
		return entries.map(dirent => ({name: dirent.name, dirent, raw: null}));
	}

	return fs.readdirSync(folder, {withFileTypes: true, encoding: 'buffer'}).map(dirent => {
		const raw = dirent.name as unknown as Buffer;
		return isUtf8(raw) ? {name: raw.toString('utf8'), dirent: dirent as unknown as Dirent, raw: null} : {name: decodeName(raw), dirent: dirent as unknown as Dirent, raw};
	});
}

/** Walks all arguments in order. */
export function findFiles(arguments_: readonly string[]): FoundFiles {
	const files: FoundFile[] = [];
	const problems: Problem[] = [];
	// Real paths of folders already walked: a link back up, or the same folder given twice, is walked once.
	const visited = new Set<string>();
	const folders: string[] = [];
	const stamps: StampedPath[] = [];
	const stamp = (shown: string, real: Buffer | null, value: PathStamp | null): void => {
		stamps.push(real === null ? [shown, value] : [shown, value, real.toString('hex')]);
	};

	// `prefix` is the id of `directory` followed by a separator ('' at the root). Below the root,
	// concatenation gives what path.join and path.relative would: the folder is already normalised
	// and entry names hold no separator; it saves a tenth of the walk.
	// `realDirectory` is the folder's bytes when a name on its path is not UTF-8 (see `FoundFile.real`).
	const walk = (directory: string, prefix: string, realDirectory: Buffer | null): void => {
		const at = realDirectory ?? directory;
		let entries: Entry[];
		try {
			// Bytes as latin1 for a folder whose name is not UTF-8: one character a byte, never confused.
			const resolved = realDirectory === null ? fs.realpathSync.native(at) : fs.realpathSync.native(at, 'buffer').toString('latin1');
			if (visited.has(resolved)) {
				return;
			}

			visited.add(resolved);
			folders.push(directory);
			// Stat-ed before it is read: an entry added in between moves the mtime past this stamp.
			stamp(directory, realDirectory, stampNow(at));
			entries = readEntries(at);
		} catch (error) {
			stamp(directory, realDirectory, null);
			problems.push({path: directory, reason: errorReason(error), kind: 'skipped'});
			return;
		}

		entries.sort((a, b) => (a.name < b.name ? -1 : (a.name > b.name ? 1 : 0)));
		for (const {name, dirent, raw} of entries) {
			const full = prefix === '' ? path.join(directory, name) : directory + path.sep + name;
			const real = realDirectory === null && raw === null
				? null
				: Buffer.concat([realDirectory ?? Buffer.from(directory), Buffer.from(path.sep), raw ?? Buffer.from(name)]);
			if (name.startsWith('.')) {
				problems.push({path: full, reason: 'hidden', kind: 'ignored'});
				continue;
			}

			let kind = kindOf(dirent);
			if (dirent.isSymbolicLink()) {
				try {
					kind = kindOf(fs.statSync(real ?? full));
				} catch (error) {
					// Its folder does not change when the target appears: the link is watched itself.
					stamp(full, real, null);
					problems.push({path: full, reason: `broken symbolic link (${errorReason(error)})`, kind: 'ignored'});
					continue;
				}
			}

			if (kind === 'directory') {
				walk(full, prefix + name + path.sep, real);
			} else if (kind === 'file') {
				files.push(real === null ? {path: full, id: prefix + name, explicit: false} : {path: full, id: prefix + name, explicit: false, real});
			} else {
				problems.push({path: full, reason: 'not a regular file', kind: 'ignored'});
			}
		}
	};

	for (const argument of arguments_) {
		let stats: Stats;
		try {
			stats = fs.statSync(argument);
		} catch (error) {
			stamps.push([argument, null]);
			problems.push({path: argument, reason: errorReason(error), kind: 'skipped'});
			continue;
		}

		const kind = kindOf(stats);
		if (kind !== 'directory') {
			stamps.push([argument, stampOf(stats)]);
		}

		if (kind === 'directory') {
			walk(argument, '', null);
		} else if (kind === 'file') {
			files.push({path: argument, id: path.basename(argument), explicit: true});
		} else {
			problems.push({path: argument, reason: 'not a regular file', kind: 'skipped'});
		}
	}

	return {files, problems, folders, stamps};
}
