import type {CorpusArticle} from '../corpus/corpus.js';
import {parseQuery} from '../search/query.js';
import {indexAllTexts, type Loaded} from './load-args.js';
import {errorLine} from './messages.js';

/** The positions of the articles matching a query, in reading order; problems with the query go to stderr. */
export function matchingPositions(loaded: Loaded, text: string): number[] {
	const {query, problems} = parseQuery(text);
	for (const problem of problems) {
		process.stderr.write(errorLine(`query: ${problem}`));
	}

	const catalog = indexAllTexts(loaded);
	return loaded.index.search(catalog, query);
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
