import {loadCorpus} from '../corpus/load-corpus.js';
import type {Corpus} from '../corpus/corpus.js';
import {errorLine, quote} from './messages.js';
import {seedsFolder} from './seeds.js';

export type Loaded = {
	readonly corpus: Corpus;
	/** The lines to put on stderr about problems: one per unreadable argument, then a summary or details. */
	readonly messages: readonly string[];
};

/**
Loads the corpus named on the command line (the bundled seeds when none is), and words its problems
the way every command reports them: a missing or unreadable argument gets its own line, the files
skipped inside folders one summary line, or one line each with `--verbose`.
*/
export async function loadArguments(paths: readonly string[], verbose: boolean): Promise<Loaded> {
	const roots = paths.length > 0 ? paths : [seedsFolder()];
	const corpus = await loadCorpus(roots);
	const messages: string[] = [];
	const others = [];
	for (const problem of corpus.problems) {
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

	return {corpus, messages};
}

/** Writes the problem lines and says whether anything loaded; exit 1 is the caller's when not. */
export function reportLoad(loaded: Loaded): boolean {
	for (const message of loaded.messages) {
		process.stderr.write(message);
	}

	if (loaded.corpus.articles.length === 0) {
		process.stderr.write(errorLine('no articles found'));
		return false;
	}

	return true;
}
