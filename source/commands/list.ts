import {formatDateTime} from '../article/format-date.js';
import {jsonHeader, jsonLine} from '../article/render-json.js';
import {loadArguments, reportLoad} from './load-args.js';
import type {Flags} from './usage.js';

/** Tabs separate the columns, so none may appear inside one. */
const cell = (text: string): string => text.replaceAll(/[\t\n]/g, ' ');

/** `corpus-reader list`: one line per article, `N<TAB>date<TAB>source<TAB>headline`, or JSON Lines. */
export async function runList(paths: readonly string[], flags: Flags): Promise<number> {
	const loaded = await loadArguments(paths, flags.verbose);
	try {
		if (!reportLoad(loaded)) {
			return 1;
		}

		let lines: string[] = [];
		let n = 0;
		for (const article of loaded.catalog.headers()) {
			n++;
			lines.push(flags.json
				? jsonLine({n, ...jsonHeader(article), duplicateOf: article.duplicateOf})
				: `${n}\t${formatDateTime(article.date)}\t${cell(article.source)}\t${cell(article.headline)}`);
			if (lines.length === 4096) {
				process.stdout.write(lines.join('\n') + '\n');
				lines = [];
			}
		}

		if (lines.length > 0) {
			process.stdout.write(lines.join('\n') + '\n');
		}

		return 0;
	} finally {
		loaded.index.close();
	}
}
