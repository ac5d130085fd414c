import {loadCorpus} from '../corpus/load-corpus.js';
import {quote} from './messages.js';
import {seedsFolder} from './seeds.js';
import type {Flags} from './usage.js';

/** `corpus-reader check`: one line per problem (`kind<TAB>path<TAB>reason`); exit 1 when there is any. */
export async function runCheck(paths: readonly string[], _flags: Flags): Promise<number> {
	const corpus = await loadCorpus(paths.length > 0 ? paths : [seedsFolder()]);
	const lines = corpus.problems.map(problem => `${problem.kind}\t${quote(problem.path)}\t${problem.reason}`);
	process.stdout.write(lines.map(line => `${line}\n`).join(''));
	process.stderr.write(`${corpus.articles.length} articles loaded, ${corpus.problems.length} ${corpus.problems.length === 1 ? 'problem' : 'problems'}\n`);
	return corpus.problems.length > 0 ? 1 : 0;
}
