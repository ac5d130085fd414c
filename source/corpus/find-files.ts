/**
Finding the files behind the PATH arguments: files as given, folders recursively. Hidden entries
are passed over, symbolic links followed without looping, and FIFOs, sockets and devices are never
opened (opening a FIFO would block until a writer comes).

Synchronous: plain readdir and the native realpath are about seven times faster here than their
promise forms, which each go through libuv's thread pool, and a warm start is mostly walking.
*/
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
};

/** What a stat says of a path, enough to tell that it changed (a folder's mtime moves when an entry is added, removed or renamed). */
export type PathStamp = {
	readonly size: number;
	readonly mtimeMs: number;
	readonly ctimeMs: number;
	readonly ino: number;
	readonly dev: number;
};

export type FoundFiles = {
	readonly files: FoundFile[];
	/** The folders walked, for watching them. */
	readonly folders?: string[];
	/**
	The paths whose stamps decide the walk: the arguments, every folder walked and every broken
	link, each with its stamp then (null when it could not be stat-ed). While none of them changes,
	walking again would find the same files.
	*/
	readonly stamps?: Array<[string, PathStamp | null]>;
	readonly problems: Problem[];
};

type Kind = 'file' | 'directory' | 'other';

/** The stamp of `stats`. */
export const stampOf = (stats: Stats): PathStamp => ({size: stats.size, mtimeMs: stats.mtimeMs, ctimeMs: stats.ctimeMs, ino: stats.ino, dev: stats.dev});

/** The stamp of `file` now, following links, or null when it cannot be stat-ed. */
export function stampNow(file: string): PathStamp | null {
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

/** Walks all arguments in order. */
export function findFiles(arguments_: readonly string[]): FoundFiles {
	const files: FoundFile[] = [];
	const problems: Problem[] = [];
	// Real paths of folders already walked: a link back up, or the same folder given twice, is walked once.
	const visited = new Set<string>();
	const folders: string[] = [];
	const stamps: Array<[string, PathStamp | null]> = [];

	// `prefix` is the id of `directory` followed by a separator ('' at the root). Below the root,
	// concatenation gives what path.join and path.relative would: the folder is already normalised
	// and entry names hold no separator; it saves a tenth of the walk.
	const walk = (directory: string, prefix: string): void => {
		let entries: Dirent[];
		try {
			const real = fs.realpathSync.native(directory);
			if (visited.has(real)) {
				return;
			}

			visited.add(real);
			folders.push(directory);
			// Stat-ed before it is read: an entry added in between moves the mtime past this stamp.
			stamps.push([directory, stampNow(directory)]);
			entries = fs.readdirSync(directory, {withFileTypes: true});
		} catch (error) {
			stamps.push([directory, null]);
			problems.push({path: directory, reason: errorReason(error), kind: 'skipped'});
			return;
		}

		entries.sort((a, b) => (a.name < b.name ? -1 : (a.name > b.name ? 1 : 0)));
		for (const entry of entries) {
			const full = prefix === '' ? path.join(directory, entry.name) : directory + path.sep + entry.name;
			if (entry.name.startsWith('.')) {
				problems.push({path: full, reason: 'hidden', kind: 'ignored'});
				continue;
			}

			let kind = kindOf(entry);
			if (entry.isSymbolicLink()) {
				try {
					kind = kindOf(fs.statSync(full));
				} catch (error) {
					// Its folder does not change when the target appears: the link is watched itself.
					stamps.push([full, null]);
					problems.push({path: full, reason: `broken symbolic link (${errorReason(error)})`, kind: 'ignored'});
					continue;
				}
			}

			if (kind === 'directory') {
				walk(full, prefix + entry.name + path.sep);
			} else if (kind === 'file') {
				files.push({path: full, id: prefix + entry.name, explicit: false});
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
			walk(argument, '');
		} else if (kind === 'file') {
			files.push({path: argument, id: path.basename(argument), explicit: true});
		} else {
			problems.push({path: argument, reason: 'not a regular file', kind: 'skipped'});
		}
	}

	return {files, problems, folders, stamps};
}
