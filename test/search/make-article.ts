import type {Article, Block} from '../../source/article/article.js';

/** A hand-made article: headline, optional lead, paragraphs (strings) or blocks. */
export function makeArticle(fields: {headline: string; lead?: string; body?: Array<string | Block>; source?: string; date?: number | null}): Article {
	return {
		path: `/corpus/${fields.headline}.md`,
		date: fields.date === undefined ? Date.UTC(2020, 6, 1) : fields.date,
		headline: fields.headline,
		section: null,
		source: fields.source ?? '法广',
		url: null,
		lead: fields.lead === undefined ? null : [{type: 'strong', text: fields.lead}],
		blocks: (fields.body ?? []).map(block => typeof block === 'string' ? {type: 'paragraph', runs: [{type: 'text', text: block}]} : block),
		warnings: [],
	};
}
