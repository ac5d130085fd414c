import {loadArguments} from './load-args.js';
import {escapeControls, quote} from './messages.js';
import type {Flags} from './usage.js';

/**
`corpus-reader check`: one line per problem (`kind<TAB>"path"<TAB>reason`), the path quoted and the
reason escaped so neither can act on the terminal; a summary on stderr; exit 1 when there is any
problem, 0 when the corpus is clean.
*/
export async function runCheck(paths: readonly string[], flags: Flags): Promise<number> {
	const {index, catalog, problems} = await loadArguments(paths, flags.verbose, {full: true});
	index.close();
	const lines = problems.map(problem => `${problem.kind}\t${quote(problem.path)}\t${escapeControls(problem.reason).replaceAll(/[\t\n]/g, ' ')}`);
	process.stdout.write(lines.map(line => `${line}\n`).join(''));
	process.stderr.write(`${catalog.length} articles loaded, ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}\n`);
	return problems.length > 0 ? 1 : 0;
}
