import {loadCorpus} from '../corpus/load-corpus.js';
import {escapeControls, quote} from './messages.js';
import {seedsFolder} from './seeds.js';
import type {Flags} from './usage.js';

/**
`corpus-reader check`: one line per problem (`kind<TAB>"path"<TAB>reason`), the path quoted and the
reason escaped so neither can act on the terminal; a summary on stderr; exit 1 when there is any
problem, 0 when the corpus is clean.
*/
export async function runCheck(paths: readonly string[], _flags: Flags): Promise<number> {
	const corpus = await loadCorpus(paths.length > 0 ? paths : [seedsFolder()]);
	const lines = corpus.problems.map(problem => `${problem.kind}\t${quote(problem.path)}\t${escapeControls(problem.reason).replaceAll(/[\t\n]/g, ' ')}`);
	process.stdout.write(lines.map(line => `${line}\n`).join(''));
	process.stderr.write(`${corpus.articles.length} articles loaded, ${corpus.problems.length} ${corpus.problems.length === 1 ? 'problem' : 'problems'}\n`);
	return corpus.problems.length > 0 ? 1 : 0;
}
