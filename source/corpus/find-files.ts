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

export type FoundFiles = {
	readonly files: FoundFile[];
	/** The folders walked, for watching them. */
	readonly folders?: string[];
	readonly problems: Problem[];
};

type Kind = 'file' | 'directory' | 'other';

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
			entries = fs.readdirSync(directory, {withFileTypes: true});
		} catch (error) {
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
			problems.push({path: argument, reason: errorReason(error), kind: 'skipped'});
			continue;
		}

		const kind = kindOf(stats);
		if (kind === 'directory') {
			walk(argument, '');
		} else if (kind === 'file') {
			files.push({path: argument, id: path.basename(argument), explicit: true});
		} else {
			problems.push({path: argument, reason: 'not a regular file', kind: 'skipped'});
		}
	}

	return {files, problems, folders};
}
