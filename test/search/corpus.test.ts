// Search over the real corpus, checked against a naive reference scan of the same folded text.
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {beforeAll, expect, test} from 'vitest';
import type {Article} from '../../source/article/article.js';
import {loadCorpus} from '../../source/store/load-corpus.js';
import {foldText, type Folded} from '../../source/search/fold.js';
import {findHits} from '../../source/search/hits.js';
import {matchArticles} from '../../source/search/match.js';
import {parseQuery, type Query, type QueryTerm} from '../../source/search/query.js';
import {articleFields, prepareSearch, type SearchIndex} from '../../source/search/search-index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpusFolder = path.resolve(repoRoot, '../shared/corpus');
const hasCorpus = fs.existsSync(corpusFolder);

let articles: readonly Article[] = [];
let index: SearchIndex;

beforeAll(async () => {
	if (hasCorpus) {
		articles = (await loadCorpus([corpusFolder])).articles;
		index = prepareSearch(articles);
	}
});

/** Folded text with its upper-case letters put back: what a case-sensitive term must appear in. */
function withCase(folded: Folded): string {
	let text = folded.text;
	for (const offset of folded.upper) {
		text = text.slice(0, offset) + text.charAt(offset).toUpperCase() + text.slice(offset + 1);
	}

	return text;
}

/** The reference: fold each field on its own and look for each term with `includes`. */
function naiveMatch(article: Article, query: Query): boolean {
	const fields = articleFields(article).map(field => foldText(field));
	const found = (term: QueryTerm): boolean => {
		const scope = term.titleOnly ? fields.slice(0, 1) : fields;
		return term.upper.length === 0
			? scope.some(field => field.text.includes(term.folded))
			: scope.some(field => withCase(field).includes(withCase({text: term.folded, upper: term.upper})));
	};

	const source = foldText(article.source).text;
	const date = article.date ?? Number.NaN;
	return query.terms.every(term => found(term) !== term.negated)
		&& (query.sources.length === 0 || query.sources.some(name => source.includes(name)))
		&& !query.excludedSources.some(name => source.includes(name))
		&& (query.after === null || date >= query.after)
		&& (query.before === null || date < query.before);
}

test.skipIf(!hasCorpus).each([
	'香港', '疫情 美国', '关系', '關係', 'COVID', 'covid', '-香港 中国', 'title:美国 -title:中国',
	'"Hong Kong"', '"hong kong"', 'source:rfi 香港', 'after:2020-07-01 before:2020-07-10 美国', 'Trump', '５Ｇ',
])('%j finds the same articles as a naive scan', text => {
	const {query} = parseQuery(text);
	const expected = articles.flatMap((article, position) => naiveMatch(article, query) ? [position] : []);
	expect(matchArticles(index, query)).toEqual(expected);
	expect(expected.length).toBeGreaterThan(0);
	expect(expected.length).toBeLessThan(articles.length);
});

test.skipIf(!hasCorpus)('typing narrows to the same results as searching afresh', () => {
	const fresh = prepareSearch(articles);
	for (const text of ['香港国安法', '中美关系', 'COVID-19']) {
		for (let length = 1; length <= text.length; length++) {
			const {query} = parseQuery(text.slice(0, length));
			fresh.cache.entries.length = 0;
			expect(matchArticles(index, query)).toEqual(matchArticles(fresh, query));
		}
	}
});

test.skipIf(!hasCorpus)('every hit covers original text that folds to the term', () => {
	const {query} = parseQuery('关系');
	for (const position of matchArticles(index, query).slice(0, 50)) {
		const article = articles[position]!;
		const hits = findHits(article, query);
		expect(hits.length).toBeGreaterThan(0);
		for (const hit of hits) {
			const fields = articleFields(article);
			const blockNumber = hit.block ?? 0;
			const textBlocks = article.blocks.slice(0, blockNumber).filter(block => block.type !== 'image' && block.type !== 'media').length;
			const field = hit.field === 'headline' ? fields[0] : hit.field === 'lead' ? fields[1] : fields[2 + textBlocks];
			expect(foldText(field!.slice(hit.start, hit.end)).text).toBe('关系');
		}
	}
});
