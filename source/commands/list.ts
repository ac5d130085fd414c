import {formatDateTime} from '../article/format-date.js';
import {jsonHeader, jsonLine} from '../article/render-json.js';
import {loadArguments, reportLoad} from './load-args.js';
import type {Flags} from './usage.js';

/** Tabs separate the columns, so none may appear inside one. */
const cell = (text: string): string => text.replaceAll(/[\t\n]/g, ' ');

/** `corpus-reader list`: one line per article, `N<TAB>date<TAB>source<TAB>headline`, or JSON Lines. */
export async function runList(paths: readonly string[], flags: Flags): Promise<number> {
	const loaded = await loadArguments(paths, flags.verbose);
	if (!reportLoad(loaded)) {
		return 1;
	}

	const lines = loaded.corpus.articles.map((article, index) => flags.json
		? jsonLine({n: index + 1, ...jsonHeader(article), duplicateOf: article.duplicateOf})
		: `${index + 1}\t${formatDateTime(article.date)}\t${cell(article.source)}\t${cell(article.headline)}`);
	process.stdout.write(lines.join('\n') + '\n');
	return 0;
}
