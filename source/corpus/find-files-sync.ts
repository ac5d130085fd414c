/**
`findFiles`, synchronously: the same files, ids, order and problems, about seven times faster on
a corpus of thousands of files in hundreds of folders (each promise-based `readdir` and `realpath`
goes through libuv's thread pool; these are plain system calls, and the native `realpath`). A warm
start is mostly walking, so this is what the loader uses; test/corpus/find-files-sync.test.ts
checks it against `findFiles`.
*/
import fs from 'node:fs';
import type {Dirent, Stats} from 'node:fs';
import path from 'node:path';
import type {Problem} from './corpus.js';
import {errorReason} from './error-reason.js';
import {kindOf, type FoundFile, type FoundFiles} from './find-files.js';

/** Walks all arguments in order, as `findFiles` does. */
export function findFilesSync(arguments_: readonly string[]): FoundFiles {
	const files: FoundFile[] = [];
	const problems: Problem[] = [];
	// Real paths of folders already walked: a link back up, or the same folder given twice, is walked once.
	const visited = new Set<string>();

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

	return {files, problems};
}
