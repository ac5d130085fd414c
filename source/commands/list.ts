import {formatDateTime} from '../article/format-date.js';
import {jsonHeader, jsonLine} from '../article/render-json.js';
import {ReadingStore} from '../store/reading-store.js';
import {stateFile} from '../store/state-location.js';
import {loadArguments, reportLoad} from './load-args.js';
import type {Flags} from './usage.js';

/** Tabs separate the columns, so none may appear inside one. */
const cell = (text: string): string => text.replaceAll(/[\t\n]/g, ' ');

/** The lines `line` makes of the rows `keep` keeps, numbered from 1 in the whole list (the numbers `print --pick` takes). */
function * mapRows<Row>(rows: Iterable<Row>, line: (row: Row, n: number) => string, keep: (n: number) => boolean): Generator<string> {
	let n = 0;
	for (const row of rows) {
		n++;
		if (keep(n)) {
			yield line(row, n);
		}
	}
}

/** Whether article N is read or starred, as the reading state says; nothing is looked up unless `wanted`. */
function readMarks(keys: () => readonly string[], wanted: boolean): {read: (n: number) => boolean; starred: (n: number) => boolean} {
	if (!wanted) {
		return {read: () => false, starred: () => false};
	}

	const store = ReadingStore.openToRead(stateFile());
	const read = store.keysWith('read');
	const starred = store.keysWith('starred');
	store.close();
	// No key is read from the index when nothing is marked (a first run, CORPUS_READER_STATE=0).
	const all = read.size + starred.size === 0 ? [] : keys();
	return {read: n => read.has(all[n - 1] ?? ''), starred: n => starred.has(all[n - 1] ?? '')};
}

/** `corpus-reader list`: one line per article, `N<TAB>date<TAB>source<TAB>headline`, or JSON Lines; `--unread`, `--starred` as the reader marked them; duplicates with `--all`. */
export async function runList(paths: readonly string[], flags: Flags): Promise<number> {
	const loaded = await loadArguments(paths, flags.verbose);
	try {
		if (!reportLoad(loaded)) {
			return 1;
		}

		const marks = readMarks(loaded.catalog.readingKeys.bind(loaded.catalog), flags.json || flags.unread || flags.starred);
		// Duplicates are left out unless --all, as the reader hides them; the others keep their numbers in the whole list.
		const copies = new Set(flags.all ? [] : loaded.catalog.copyPositions());
		const keep = (n: number): boolean => !copies.has(n - 1) && (!flags.unread || !marks.read(n)) && (!flags.starred || marks.starred(n));
		const lines = flags.json
			? mapRows(loaded.catalog.headers(), (article, n) => jsonLine({n, ...jsonHeader(article), duplicateOf: article.duplicateOf, read: marks.read(n), starred: marks.starred(n)}), keep)
			: mapRows(loaded.catalog.briefHeaders(), (article, n) => `${n}\t${formatDateTime(article.date)}\t${cell(article.source)}\t${cell(article.headline)}`, keep);
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
