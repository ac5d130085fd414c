/**
Where a corpus's index lives: one SQLite file per list of corpus roots, in the cache folder.

- `$CORPUS_READER_CACHE_DIR`, else `$XDG_CACHE_HOME/corpus-reader`, else `~/.cache/corpus-reader`. An
  empty value counts as unset (an empty `XDG_CACHE_HOME` once put the cache in the current folder,
  which can be the corpus), and so does a relative `XDG_CACHE_HOME`, as the XDG spec asks.
- Never inside a corpus: a folder inside one of the roots is refused, and the index is then kept in
  memory for the run. A corpus is never written to.
*/
import {createHash} from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';

/** Below this many files a new corpus gets no index file unless asked: it loads in milliseconds anyway. */
export const minimumIndexedFiles = 100;

/** `memory`: nothing kept; `auto`: a file for corpora of `minimumIndexedFiles` or more, or one that has it; `file`. */
export type IndexMode = 'memory' | 'auto' | 'file';

/** The mode from the `cache` option (true: file, false: memory), else `CORPUS_READER_CACHE` (`0` or `1`), else auto. */
export function indexMode(option: boolean | undefined, environment: NodeJS.ProcessEnv = process.env): IndexMode {
	const setting = option === undefined ? environment['CORPUS_READER_CACHE'] : (option ? '1' : '0');
	return setting === '0' ? 'memory' : (setting === '1' ? 'file' : 'auto');
}

const setting = (value: string | undefined): string | undefined => (value === undefined || value === '' ? undefined : value);

/** The cache folder (see the top of this file), absolute. */
export function cacheFolder(environment: NodeJS.ProcessEnv = process.env): string {
	const own = setting(environment['CORPUS_READER_CACHE_DIR']);
	if (own !== undefined) {
		return path.resolve(own);
	}

	const xdg = setting(environment['XDG_CACHE_HOME']);
	const base = xdg !== undefined && path.isAbsolute(xdg) ? xdg : path.join(os.homedir(), '.cache');
	return path.join(base, 'corpus-reader');
}

/** Whether `folder` is `root` or lies inside it, as written. */
function isBelow(folder: string, root: string): boolean {
	const relative = path.relative(root, folder);
	return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

/** `file` with its links resolved, as far as it exists (the cache folder may not yet). */
function realPath(file: string): string {
	try {
		return fs.realpathSync.native(file);
	} catch {
		const parent = path.dirname(file);
		return parent === file ? file : path.join(realPath(parent), path.basename(file));
	}
}

/** Whether `folder` is `root` or lies inside it, as written or once links are followed. */
function isInside(folder: string, root: string): boolean {
	return isBelow(folder, root) || isBelow(realPath(folder), realPath(root));
}

/**
The index file for a list of corpus roots, or null when the cache folder lies inside one of them.

@example
indexFile(['/home/me/news'], {CORPUS_READER_CACHE_DIR: '/tmp/c'}); //=> '/tmp/c/<32 hex digits>.sqlite'
*/
export function indexFile(roots: readonly string[], environment: NodeJS.ProcessEnv = process.env): string | null {
	const folder = cacheFolder(environment);
	const resolved = roots.map(root => path.resolve(root));
	if (resolved.some(root => isInside(folder, root))) {
		return null;
	}

	const key = createHash('sha256').update(JSON.stringify(resolved)).digest('hex');
	return path.join(folder, `${key.slice(0, 32)}.sqlite`);
}
