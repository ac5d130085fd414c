import type {Problem} from '../corpus/corpus.js';
import type {Catalog} from '../store/catalog.js';
import {openCorpusIndex, type CorpusIndex} from '../store/corpus-index.js';
import {errorLine, quote} from './messages.js';
import {progressLine, type ProgressLine} from './progress-line.js';
import {seedsFolder} from './seeds.js';

export type Loaded = {
	readonly index: CorpusIndex;
	readonly catalog: Catalog;
	readonly problems: readonly Problem[];
	/** The lines to put on stderr about problems: one per unreadable argument, then a summary or details. */
	readonly messages: readonly string[];
};

/** How the command line's problems are worded: a line per unreadable argument, the rest summed up (or listed with --verbose). */
export function problemMessages(roots: readonly string[], problems: readonly Problem[], verbose: boolean): string[] {
	const messages: string[] = [];
	const others = [];
	for (const problem of problems) {
		if (roots.includes(problem.path) && problem.kind === 'skipped') {
			messages.push(errorLine(`cannot read ${quote(problem.path)}: ${problem.reason}`));
		} else {
			others.push(problem);
		}
	}

	if (verbose) {
		for (const problem of others) {
			messages.push(errorLine(`${problem.kind}: ${quote(problem.path)}: ${problem.reason}`));
		}
	} else {
		// Files in folders that are plainly not articles (`ignored`) are shown only with --verbose.
		const skipped = others.filter(problem => problem.kind === 'skipped').length;
		const degraded = others.filter(problem => problem.kind === 'degraded').length;
		const parts = [
			skipped > 0 ? `${skipped} ${skipped === 1 ? 'file' : 'files'} skipped` : '',
			degraded > 0 ? `${degraded} ${degraded === 1 ? 'file' : 'files'} loaded with problems` : '',
		].filter(Boolean);
		if (parts.length > 0) {
			messages.push(`${parts.join(', ')} (--verbose for details)\n`);
		}
	}

	return messages;
}

/** The roots the command line names: its paths, else the bundled seeds. */
export function rootsOf(paths: readonly string[]): string[] {
	return paths.length > 0 ? [...paths] : [seedsFolder()];
}

/**
Opens the index of the corpus named on the command line and brings it up to date with the files,
with a progress line on a terminal while files are read. Unless `full`, folders that did not
change since the last walk are taken as they were (see store/walk-record.ts).
*/
export async function loadArguments(paths: readonly string[], verbose: boolean, options: {readonly full?: boolean; readonly progress?: ProgressLine} = {}): Promise<Loaded> {
	const progress = options.progress ?? progressLine();
	const roots = rootsOf(paths);
	const index = openCorpusIndex(roots);
	if (index.notice !== null) {
		process.stderr.write(errorLine(index.notice));
	}

	const {problems} = await index.syncInSlices({
		full: options.full,
		onProgress({done, total}) {
			progress.update('indexing files', done, total);
		},
	});
	progress.clear();
	return {index, catalog: index.catalog(), problems, messages: problemMessages(roots, problems, verbose)};
}

/** Folds whatever bodies are not yet in the index, with a progress line: search needs them all. */
export function indexAllTexts(loaded: Loaded, progress: ProgressLine = progressLine()): Catalog {
	if (loaded.index.pendingTexts() === 0) {
		return loaded.catalog;
	}

	loaded.index.indexTexts({
		onProgress({done, total}) {
			progress.update('indexing text', done, total);
		},
	});
	progress.clear();
	return loaded.index.catalog();
}

/** Writes the problem lines and says whether anything loaded; exit 1 is the caller's when not. */
export function reportLoad(loaded: Loaded): boolean {
	for (const message of loaded.messages) {
		process.stderr.write(message);
	}

	if (loaded.catalog.length === 0) {
		process.stderr.write(errorLine('no articles found'));
		return false;
	}

	return true;
}
