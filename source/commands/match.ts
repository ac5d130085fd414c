import type {CorpusArticle} from '../corpus/corpus.js';
import {matchArticles, parseQuery, prepareSearch} from '../search/index.js';
import {errorLine} from './messages.js';

/** The articles matching a query, in their order; problems with the query go to stderr. */
export async function matchingArticles(articles: readonly CorpusArticle[], text: string): Promise<CorpusArticle[]> {
	const {query, problems} = parseQuery(text);
	for (const problem of problems) {
		process.stderr.write(errorLine(`query: ${problem}`));
	}

	const index = prepareSearch(articles);
	return matchArticles(index, query).flatMap(position => articles[position] ?? []);
}
