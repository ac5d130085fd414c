import type {CorpusArticle} from '../corpus/corpus.js';

export type Picked = {
	readonly articles: readonly CorpusArticle[];
	/** The picks that named no article. */
	readonly missing: readonly string[];
};

/**
Resolves `--pick` values: a number is the article's position in `list` (from 1), anything else an id
or a path. Articles come back in the order they were picked.
*/
export function pickArticles(articles: readonly CorpusArticle[], picks: readonly string[]): Picked {
	const found: CorpusArticle[] = [];
	const missing: string[] = [];
	for (const pick of picks) {
		const byNumber = /^\d+$/.test(pick) ? articles[Number(pick) - 1] : undefined;
		const article = byNumber ?? articles.find(candidate => candidate.id === pick || candidate.path === pick);
		if (article) {
			found.push(article);
		} else {
			missing.push(pick);
		}
	}

	return {articles: found, missing};
}
