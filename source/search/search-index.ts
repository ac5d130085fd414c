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

/**
Fold every article once. Takes about a second for 15,000 articles; the index keeps the articles it was
built from, in the same order, and matches are reported as indices into them.
*/
export function prepareSearch(articles: readonly Article[]): SearchIndex {
	const texts: string[] = [];
	const upper: Uint32Array[] = [];
	const headlineEnds = new Uint32Array(articles.length);
	const sources: string[] = [];
	const dates = new Float64Array(articles.length);
	for (const [index, article] of articles.entries()) {
		// Article text is sanitised (no control characters), so NUL cannot occur in it.
		const folded = foldText(articleFields(article).join('\0'));
		texts.push(folded.text);
		upper.push(folded.upper);
		headlineEnds[index] = Math.max(0, folded.text.indexOf('\0'));
		sources.push(foldText(article.source).text);
		dates[index] = article.date ?? Number.NaN;
	}

	return {articles, texts, upper, headlineEnds, sources, dates, cache: createResultCache()};
}
