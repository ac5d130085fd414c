import type {CorpusArticle} from '../corpus/corpus.js';
import type {Catalog} from '../store/catalog.js';

export type Picked = {
	/** Positions and articles, in the order they were picked. */
	readonly articles: ReadonlyArray<readonly [number, CorpusArticle]>;
	/** The picks that named no article. */
	readonly missing: readonly string[];
};

/**
Resolves `--pick` values: a number is the article's position in `list` (from 1), anything else an id
or a path. Articles come back in the order they were picked.
*/
export function pickArticles(catalog: Catalog, picks: readonly string[]): Picked {
	const found: Array<readonly [number, CorpusArticle]> = [];
	const missing: string[] = [];
	for (const pick of picks) {
		const byNumber = /^\d+$/.test(pick) && catalog.at(Number(pick) - 1) !== undefined ? Number(pick) - 1 : undefined;
		const position = byNumber ?? catalog.positionOfId(pick);
		const article = position === undefined ? undefined : catalog.at(position);
		if (position !== undefined && article) {
			found.push([position, article]);
		} else {
			missing.push(pick);
		}
	}

	return {articles: found, missing};
}
