import type {CorpusArticle} from '../corpus/corpus.js';
import {parseQuery, type Query} from '../search/query.js';
import {withMarks} from '../services/mark-filter.js';
import {ReadingStore} from '../store/reading-store.js';
import {stateFile} from '../store/state-location.js';
import {indexAllTexts, type Loaded} from './load-args.js';
import {errorLine} from './messages.js';

/** The positions of the articles matching a query, in reading order; problems with the query go to stderr. */
export function matchingPositions(loaded: Loaded, text: string): number[] {
	const {query, problems} = parseQuery(text);
	for (const problem of problems) {
		process.stderr.write(errorLine(`query: ${problem}`));
	}

	const catalog = indexAllTexts(loaded);
	return [...markedOnly(loaded.index.search(catalog, query), query, catalog)];
}

/** `positions` narrowed by the query's `is:` conditions, as the reading state on disk says (nothing read when there is none). */
export function markedOnly(positions: readonly number[], query: Query, catalog: {readingKeys: () => readonly string[]}): readonly number[] {
	if (query.marks.length === 0) {
		return positions;
	}

	const store = ReadingStore.openToRead(stateFile());
	try {
		return withMarks(positions, query.marks, () => catalog.readingKeys(), store);
	} finally {
		store.close();
	}
}

/** The articles among `articles` (positions and articles) that match `text`, in their order. */
export function matchingArticles(loaded: Loaded, picked: ReadonlyArray<readonly [number, CorpusArticle]> | null, text: string): CorpusArticle[] {
	const positions = matchingPositions(loaded, text);
	const catalog = loaded.index.catalog();
	if (picked === null) {
		return positions.flatMap(position => catalog.at(position) ?? []);
	}

	const matching = new Set(positions);
	return picked.filter(([position]) => matching.has(position)).map(([, article]) => article);
}
