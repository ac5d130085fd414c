import {formatDateTime} from '../article/format-date.js';
import {jsonHeader, jsonLine} from '../article/render-json.js';
import {loadArguments, reportLoad} from './load-args.js';
import type {Flags} from './usage.js';

/** Tabs separate the columns, so none may appear inside one. */
const cell = (text: string): string => text.replaceAll(/[\t\n]/g, ' ');

/** The lines `line` makes of `rows`, numbered from 1. */
function * mapRows<Row>(rows: Iterable<Row>, line: (row: Row, n: number) => string): Generator<string> {
	let n = 0;
	for (const row of rows) {
		yield line(row, ++n);
	}
}

/** `corpus-reader list`: one line per article, `N<TAB>date<TAB>source<TAB>headline`, or JSON Lines. */
export async function runList(paths: readonly string[], flags: Flags): Promise<number> {
	const loaded = await loadArguments(paths, flags.verbose);
	try {
		if (!reportLoad(loaded)) {
			return 1;
		}

		const lines = flags.json
			? mapRows(loaded.catalog.headers(), (article, n) => jsonLine({n, ...jsonHeader(article), duplicateOf: article.duplicateOf}))
			: mapRows(loaded.catalog.briefHeaders(), (article, n) => `${n}\t${formatDateTime(article.date)}\t${cell(article.source)}\t${cell(article.headline)}`);
		let chunk: string[] = [];
		for (const line of lines) {
			chunk.push(line);
			if (chunk.length === 4096) {
				process.stdout.write(chunk.join('\n') + '\n');
				chunk = [];
			}
		}

		if (chunk.length > 0) {
			process.stdout.write(chunk.join('\n') + '\n');
		}

		return 0;
	} finally {
		loaded.index.close();
	}
}
