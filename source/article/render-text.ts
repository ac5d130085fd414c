import {type Article, type Block, type Inline, runsText} from './article.js';
import {sanitizeText} from '../text/sanitize.js';
import {formatDateTime} from './format-date.js';
import {articleLinks, linkMark, runsTextWithMarks, withoutJoiners, type ArticleLinks} from './links.js';

/** A URL as people read it: percent-encoded Chinese shown as Chinese (and made safe again after decoding). */
export function readableUrl(url: string): string {
	try {
		return sanitizeText(decodeURI(url)).replaceAll(/\s/g, encodeURIComponent);
	} catch {
		return url;
	}
}

/** Placeholder labels for non-text blocks, in the corpus's language. */
export const mediaLabel = {video: '视频', audio: '音频', iframe: '嵌入'} as const;

/**
How a block reads as one plain-text paragraph: images and media become bracketed placeholders. With
`links`, each numbered link has its mark after it, joined to it (see `markJoiner`).
*/
export function blockPlainText(block: Block, links?: ArticleLinks): string {
	const textOf = (runs: readonly Inline[]): string => (links ? runsTextWithMarks(runs, links) : runsText(runs));
	switch (block.type) {
		case 'image': {
			return `[图片${block.alt ? `: ${block.alt}` : ''}]`;
		}

		case 'media': {
			return `[${mediaLabel[block.kind]}: ${block.url}]`;
		}

		case 'listItem': {
			return `• ${textOf(block.runs)}`;
		}

		case 'quote': {
			return `> ${textOf(block.runs)}`;
		}

		default: {
			return textOf(block.runs);
		}
	}
}

/** The meta line without its URL: date · source · section, skipping what the article lacks. */
export function metaFields(article: Pick<Article, 'date' | 'source' | 'section'>): string {
	return [
		article.date === null ? null : formatDateTime(article.date),
		article.source || null,
		article.section,
	].filter(Boolean).join(' · ');
}

/** The meta line: date · source · section · URL, skipping what the article lacks. */
export function metaLine(article: Pick<Article, 'date' | 'source' | 'section' | 'url'>): string {
	return [metaFields(article) || null, article.url === null ? null : readableUrl(article.url)].filter(Boolean).join(' · ');
}

/** The heading of the link list, in the corpus's language like the placeholders. */
export const linkListHeading = '链接';

/** The list of links at the end of an article, `[N] URL` a line; empty when its text links nowhere. */
export function linkListLines(links: ArticleLinks): string[] {
	return links.shown ? links.urls.map((url, index) => `${linkMark(index + 1)} ${readableUrl(url)}`) : [];
}

export type TextOptions = {
	/** Wraps one paragraph into lines; without it each paragraph is one line (what pipelines want). */
	readonly wrap?: (text: string) => readonly string[];
	/** Indent each paragraph's first line with two U+3000, the print convention for Chinese. */
	readonly indent?: boolean;
};

/**
The article as plain text: headline, meta line, a blank line, then the lead and the blocks as
paragraphs separated by blank lines, and its links as numbered footnotes: `报道[2]` in the text, and
`[2] https://…` in a list at the end (the article's own URL is [1], marked on the meta line). Ends
with a newline.
*/
export function renderText(article: Article, options: TextOptions = {}): string {
	const wrap = (text: string): string => (options.wrap ?? ((line: string) => [line]))(text).map(line => withoutJoiners(line)).join('\n');
	const links = articleLinks(article);
	const paragraph = (text: string, indentable: boolean): string =>
		wrap(options.indent && indentable ? `\u3000\u3000${text}` : text);
	const parts = [wrap(article.headline)];
	const meta = metaLine(article);
	if (meta) {
		const number = article.url === null ? undefined : links.numberOf(article.url);
		parts[0] += '\n' + wrap(number === undefined ? meta : `${meta} ${linkMark(number)}`);
	}

	if (article.lead) {
		parts.push(paragraph(runsTextWithMarks(article.lead, links), true));
	}

	for (const block of article.blocks) {
		const indentable = block.type === 'paragraph';
		parts.push(paragraph(blockPlainText(block, links), indentable));
	}

	const list = linkListLines(links);
	if (list.length > 0) {
		parts.push([linkListHeading, ...list].map(line => wrap(line)).join('\n'));
	}

	return parts.join('\n\n') + '\n';
}
