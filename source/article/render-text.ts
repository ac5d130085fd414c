import {type Article, type Block, runsText} from './article.js';
import {sanitizeText} from '../text/sanitize.js';
import {formatDateTime} from './format-date.js';

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

/** How a block reads as one plain-text paragraph: images and media become bracketed placeholders. */
export function blockPlainText(block: Block): string {
	switch (block.type) {
		case 'image': {
			return `[图片${block.alt ? `: ${block.alt}` : ''}]`;
		}

		case 'media': {
			return `[${mediaLabel[block.kind]}: ${block.url}]`;
		}

		case 'listItem': {
			return `• ${runsText(block.runs)}`;
		}

		case 'quote': {
			return `> ${runsText(block.runs)}`;
		}

		default: {
			return runsText(block.runs);
		}
	}
}

/** The meta line: date · source · section · URL, skipping what the article lacks. */
export function metaLine(article: Article): string {
	return [
		article.date === null ? null : formatDateTime(article.date),
		article.source || null,
		article.section,
		article.url === null ? null : readableUrl(article.url),
	].filter(Boolean).join(' · ');
}

export type TextOptions = {
	/** Wraps one paragraph into lines; without it each paragraph is one line (what pipelines want). */
	readonly wrap?: (text: string) => readonly string[];
	/** Indent each paragraph's first line with two U+3000, the print convention for Chinese. */
	readonly indent?: boolean;
};

/**
The article as plain text: headline, meta line, a blank line, then the lead and the blocks as
paragraphs separated by blank lines. Ends with a newline.
*/
export function renderText(article: Article, options: TextOptions = {}): string {
	const wrap = options.wrap ?? ((text: string) => [text]);
	const paragraph = (text: string, indentable: boolean): string =>
		wrap(options.indent && indentable ? `\u3000\u3000${text}` : text).join('\n');
	const parts = [wrap(article.headline).join('\n')];
	const meta = metaLine(article);
	if (meta) {
		parts[0] += '\n' + wrap(meta).join('\n');
	}

	if (article.lead) {
		parts.push(paragraph(runsText(article.lead), true));
	}

	for (const block of article.blocks) {
		const indentable = block.type === 'paragraph';
		parts.push(paragraph(blockPlainText(block), indentable));
	}

	return parts.join('\n\n') + '\n';
}
