/**
Where a query matches inside one article, as offsets into the text the reader shows.
*/
import {blockText, runsText, type Article} from '../article/article.js';
import {foldTextWithMap, originalRange, type FoldedWithMap} from './fold.js';
import type {Query} from './query.js';
import {findTerm} from './term-match.js';
import {RecentMap} from '../common/recent-map.js';

/**
One match. `start`/`end` are UTF-16 offsets into the field's original text: `headline`, `runsText(lead)`
or `blockText(blocks[block])`, widened to whole clusters (never half a surrogate pair or an accent).
*/
export type Hit = {
	readonly field: 'headline' | 'lead' | 'block';
	/** Index into `Article.blocks`, for `field: 'block'`. */
	readonly block?: number;
	readonly start: number;
	readonly end: number;
};

type Field = {readonly field: Hit['field']; readonly block?: number; readonly text: string};

/** Folded fields with their maps, for the few articles on screen (re-rendered on every keystroke). */
const recent = new RecentMap<Article, FoldedWithMap[]>(64);

function textFields(article: Article): Field[] {
	const fields: Field[] = [{field: 'headline', text: article.headline}];
	if (article.lead) {
		fields.push({field: 'lead', text: runsText(article.lead)});
	}

	for (const [block, value] of article.blocks.entries()) {
		const text = blockText(value);
		if (text !== null) {
			fields.push({field: 'block', block, text});
		}
	}

	return fields;
}

function foldedFields(article: Article, fields: readonly Field[]): FoldedWithMap[] {
	return recent.getOrMake(article, () => fields.map(field => foldTextWithMap(field.text)));
}

function fieldRanges(folded: FoldedWithMap, query: Query, isHeadline: boolean): Array<[number, number]> {
	const ranges: Array<[number, number]> = [];
	for (const term of query.terms) {
		if (term.negated || (term.titleOnly && !isHeadline)) {
			continue;
		}

		let at = findTerm(folded.text, folded.upper, term);
		while (at !== -1) {
			ranges.push(originalRange(folded, at, at + term.folded.length));
			at = findTerm(folded.text, folded.upper, term, at + term.folded.length);
		}
	}

	return mergeRanges(ranges);
}

/** Sorted, with overlapping ranges (two terms sharing characters) joined into one. */
export function mergeRanges(ranges: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
	const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	const merged: Array<[number, number]> = [];
	for (const [start, end] of sorted) {
		const last = merged.at(-1);
		if (last && start < last[1]) {
			last[1] = Math.max(last[1], end);
		} else {
			merged.push([start, end]);
		}
	}

	return merged;
}

/**
Every match of the query's (non-excluded) terms in `article`, in reading order: headline, lead, then
blocks. Filters (`source:`, dates) and exclusions are not checked here; `matchArticles` does that.

@example
findHits(article, parseQuery('香港').query);
//=> [{field: 'headline', start: 0, end: 2}, {field: 'block', block: 3, start: 17, end: 19}]
*/
export function findHits(article: Article, query: Query): Hit[] {
	const fields = textFields(article);
	const folded = foldedFields(article, fields);
	const hits: Hit[] = [];
	for (const [index, field] of fields.entries()) {
		const map = folded[index];
		if (!map) {
			continue;
		}

		for (const [start, end] of fieldRanges(map, query, field.field === 'headline')) {
			hits.push(field.block === undefined ? {field: field.field, start, end} : {field: field.field, block: field.block, start, end});
		}
	}

	return hits;
}
