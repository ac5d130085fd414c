import {escapeJsonControls} from '../text/sanitize.js';
import type {Article} from './article.js';
import {formatIsoDate} from './format-date.js';
import {articleLinks} from './links.js';

/** The header fields every JSON output shares, with the date in ISO 8601 UTC. */
export function jsonHeader(article: Pick<Article, 'path' | 'date' | 'headline' | 'source' | 'section' | 'url'> & {readonly id?: string}): Record<string, unknown> {
	return {
		id: article.id ?? article.path,
		path: article.path,
		date: formatIsoDate(article.date),
		headline: article.headline,
		source: article.source,
		section: article.section,
		url: article.url,
	};
}

/**
One JSON line. Control, bidi and line-separator characters are escaped even where JSON allows them raw
(file names reach here unsanitised): the line is safe to print on a terminal.
*/
export function jsonLine(value: unknown): string {
	return escapeJsonControls(JSON.stringify(value));
}

/**
The article as one JSON object (one line): the whole model, its read and starred marks when given, and
its links as the reader numbers them (link N at index N - 1).
*/
export function renderJson(article: Article & {readonly id?: string}, marks?: {readonly read: boolean; readonly starred: boolean}): string {
	return jsonLine({...jsonHeader(article), ...marks, lead: article.lead, blocks: article.blocks, links: articleLinks(article).urls});
}
