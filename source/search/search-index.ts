/**
The search index: every article's text folded once, so that each keystroke only scans.

Memory is the constraint (15,000 articles must stay well under three times their size on disk): one
folded string per article (headline, lead and text blocks joined by NUL, which no folded text or
term contains, so no match straddles two fields), the offsets of its upper-case letters, and nothing
else. The maps back to original offsets are built later, only for the articles being shown.
*/
import {blockText, runsText, type Article} from '../article/article.js';
import {foldText} from './fold.js';
import {createResultCache, type ResultCache} from './result-cache.js';

/** Folded articles, in input order. Build with `prepareSearch`; the fields are for this module. */
export type SearchIndex = {
	readonly articles: readonly Article[];
	/** Per article: folded headline, NUL, folded lead, NUL, folded text blocks separated by NUL. */
	readonly texts: readonly string[];
	/** Per article: ascending offsets in `texts[i]` of units that were upper case. */
	readonly upper: readonly Uint32Array[];
	/** Per article: the length of the folded headline (where the first NUL is). */
	readonly headlineEnds: Uint32Array;
	/** Per article: the folded `source`. */
	readonly sources: readonly string[];
	/** Per article: `date`, or NaN when there is none. */
	readonly dates: Float64Array;
	/** Recent results, so that typing one more character only rescans the previous matches. */
	readonly cache: ResultCache;
};

/** The fields search looks at, in reading order: headline, lead (empty when none), text blocks. */
export function articleFields(article: Article): string[] {
	const fields = [article.headline, article.lead ? runsText(article.lead) : ''];
	for (const block of article.blocks) {
		const text = blockText(block);
		if (text !== null) {
			fields.push(text);
		}
	}

	return fields;
}

type Builder = {
	readonly texts: string[];
	readonly upper: Uint32Array[];
	readonly headlineEnds: Uint32Array;
	readonly sources: string[];
	readonly dates: Float64Array;
};

function startIndex(count: number): Builder {
	return {texts: [], upper: [], headlineEnds: new Uint32Array(count), sources: [], dates: new Float64Array(count)};
}

function addArticle(builder: Builder, index: number, article: Article): void {
	// Article text is sanitised (no control characters), so NUL cannot occur in it.
	const folded = foldText(articleFields(article).join('\0'));
	builder.texts.push(folded.text);
	builder.upper.push(folded.upper);
	builder.headlineEnds[index] = Math.max(0, folded.text.indexOf('\0'));
	builder.sources.push(foldText(article.source).text);
	builder.dates[index] = article.date ?? Number.NaN;
}

/**
Fold every article once: about 0.7 s for 15,000 articles (plus parsing their bodies, if the loader
left that for first access). The index keeps the articles, in the same order; matches are indices.
*/
export function prepareSearch(articles: readonly Article[]): SearchIndex {
	const builder = startIndex(articles.length);
	for (const [index, article] of articles.entries()) {
		addArticle(builder, index, article);
	}

	return {articles, ...builder, cache: createResultCache()};
}

/**
`prepareSearch` in slices of `sliceSize` articles, yielding to the event loop between slices so that an
interactive reader keeps answering keys while a large corpus is folded. `between` (by default one turn
of the event loop) runs before every slice but the first: a reader can make it wait while keys come.
*/
export async function prepareSearchInSlices(
	articles: readonly Article[],
	sliceSize = 500,
	between: () => Promise<void> = async () => new Promise(resolve => {
		setImmediate(resolve);
	}),
): Promise<SearchIndex> {
	const builder = startIndex(articles.length);
	for (let start = 0; start < articles.length; start += sliceSize) {
		if (start > 0) {
			await between();
		}

		for (let index = start; index < Math.min(articles.length, start + sliceSize); index++) {
			const article = articles[index];
			if (article) {
				addArticle(builder, index, article);
			}
		}
	}

	return {articles, ...builder, cache: createResultCache()};
}
