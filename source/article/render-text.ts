import type {Article, Block} from './article.js';
import type {Measure} from '../text/measure.js';
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
What starts a block's lines: a list item's bullet, the rest of its lines hanging under its text; a
quote's mark, on every line (as in e-mail). The reader draws the same shapes (`│` for `>`).
*/
export type LinePrefix = {readonly text: string; readonly repeat: boolean};

/** The prefix of a block in plain text, or null. */
export function blockPrefix(block: Block): LinePrefix | null {
	switch (block.type) {
		case 'listItem': {
			return {text: '• ', repeat: false};
		}

		case 'quote': {
			return {text: '> ', repeat: true};
		}

		default: {
			return null;
		}
	}
}

/**
How a block reads as one plain-text paragraph, its prefix not included: images and media become
bracketed placeholders, and each numbered link has its mark after it, joined to it (see `markJoiner`).
*/
function blockBody(block: Block, links: ArticleLinks): string {
	switch (block.type) {
		case 'image': {
			return `[图片${block.alt ? `: ${block.alt}` : ''}]`;
		}

		case 'media': {
			return `[${mediaLabel[block.kind]}: ${block.url}]`;
		}

		default: {
			return runsTextWithMarks(block.runs, links);
		}
	}
}

/**
`text` wrapped to `width` columns by `measure`, `prefix` (when given) starting the first line and,
repeated or as blanks as wide, the others: the lines the reader shows at that text width.
*/
export function wrapWithPrefix(text: string, width: number, measure: Measure, prefix: LinePrefix | null): string[] {
	if (prefix === null) {
		return measure.wrap(text, width);
	}

	const prefixWidth = measure.width(prefix.text);
	const hang = prefix.repeat ? prefix.text : ' '.repeat(prefixWidth);
	return measure.wrap(text, Math.max(1, width - prefixWidth)).map((line, index) => (index === 0 ? prefix.text : hang) + line);
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

/** What starts link `number`'s line in the list: its mark, the numbers right-aligned (` [9] `, `[10] `). */
export function linkListPrefix(links: ArticleLinks, number: number): string {
	const mark = linkMark(number);
	return `${' '.repeat(linkMark(links.urls.length).length - mark.length)}${mark} `;
}

/**
How `print --width N` wraps: to `width` columns, by the run's measure, the lines the reader shows.

@example
renderText(article, {wrap: {width: 40, measure: createMeasure({ambiguousWide: false})}})
*/
export type TextWrap = {readonly width: number; readonly measure: Measure};

export type TextOptions = {
	/** Wraps paragraphs into lines; without it each paragraph is one line (what pipelines want). */
	readonly wrap?: TextWrap;
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
	const {wrap} = options;
	// The joiners that held the link marks to their text have done their work once the lines are chosen.
	const paragraph = (text: string, prefix: LinePrefix | null = null): string =>
		withoutJoiners(wrap ? wrapWithPrefix(text, wrap.width, wrap.measure, prefix).join('\n') : (prefix?.text ?? '') + text);
	const indented = (text: string): string => (options.indent ? `\u3000\u3000${text}` : text);
	const links = articleLinks(article);
	const parts = [paragraph(article.headline)];
	const meta = metaLine(article);
	if (meta) {
		const number = article.url === null ? undefined : links.numberOf(article.url);
		parts[0] += '\n' + paragraph(number === undefined ? meta : `${meta} ${linkMark(number)}`);
	}

	if (article.lead) {
		parts.push(paragraph(indented(runsTextWithMarks(article.lead, links))));
	}

	for (const block of article.blocks) {
		const body = blockBody(block, links);
		parts.push(paragraph(block.type === 'paragraph' ? indented(body) : body, blockPrefix(block)));
	}

	if (links.shown) {
		// Each URL wrapped under its number, as the reader shows the list.
		const list = links.urls.map((url, index) => paragraph(readableUrl(url), {text: linkListPrefix(links, index + 1), repeat: false}));
		parts.push([paragraph(linkListHeading), ...list].join('\n'));
	}

	return parts.join('\n\n') + '\n';
}
