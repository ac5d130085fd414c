import {escapeJsonControls} from '../text/sanitize.js';
import type {Article} from './article.js';
import {formatIsoDate} from './format-date.js';

/** The article as one JSON object (one line): the whole model, with the date in ISO 8601 UTC. */
export function renderJson(article: Article & {readonly id?: string}): string {
	return escapeJsonControls(JSON.stringify({
		id: article.id ?? article.path,
		path: article.path,
		date: formatIsoDate(article.date),
		headline: article.headline,
		source: article.source,
		section: article.section,
		url: article.url,
		lead: article.lead,
		blocks: article.blocks,
	}));
}
