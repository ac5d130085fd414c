/** One file's text to one `Article`, whatever shape the file has. */
import {type Article, type Block, blockText} from './article.js';
import {cleanLine} from './clean-line.js';
import {splitHeadline} from './headline-suffix.js';
import {type BodyContent, htmlToBlocks} from './html-blocks.js';
import {prepareHtml} from './html-prepare.js';
import {takeLeadingDate} from './leading-date.js';
import {parseDateText} from './parse-date.js';
import {splitFile} from './parse-header.js';
import {firstListEntry} from './parse-front-matter.js';
import {headlineFromFileName, sourceFromPath} from './path-names.js';
import {sanitizeText} from '../text/sanitize.js';

/** Longest headline taken from body text when the file has none. */
const guessedHeadlineLength = 80;

function absoluteUrl(raw: string | undefined | null): string | null {
	const url = raw === undefined || raw === null ? '' : sanitizeText(raw).trim();
	return /^https?:\/\/\S+$/i.test(url) ? url : null;
}

function orNull(text: string | undefined): string | null {
	return text === undefined || text === '' ? null : text;
}

/** A headline from the body: the first heading, else the start of the first text block. */
function headlineFromBlocks(blocks: readonly Block[]): string | null {
	const heading = blocks.find(block => block.type === 'heading');
	const text = blockText(heading ?? blocks.find(block => blockText(block)) ?? {type: 'image', alt: '', src: ''});
	if (text === null || text === '') {
		return null;
	}

	const characters = [...text];
	return characters.length > guessedHeadlineLength ? characters.slice(0, guessedHeadlineLength - 1).join('') + '…' : text;
}

/** An article whose lead and blocks are parsed on first access, with the body they come from. */
export type LazyArticle = {
	readonly article: Article;
	/** The body HTML as in the file, for spotting duplicate bodies without parsing them. */
	readonly body: string;
};

function bodyContent(body: string, url: string | null, headlines: readonly string[]): BodyContent {
	try {
		const content = htmlToBlocks(prepareHtml(body), url);
		// Pages saved whole repeat the headline as their first heading or paragraph.
		const first = content.blocks[0];
		const firstText = first === undefined ? null : blockText(first);
		if (firstText !== null && headlines.includes(firstText) && (first?.type === 'heading' || first?.type === 'paragraph')) {
			return {lead: content.lead, blocks: content.blocks.slice(1)};
		}

		return content;
	} catch {
		return {lead: null, blocks: []};
	}
}

function parse(text: string, path: string, lazy: boolean, known: readonly string[]): LazyArticle {
	const warnings = [...known];
	const unmarked = text.startsWith('\uFEFF') ? text.slice(1) : text;
	// Most files have no CR at all; a scan is far cheaper than a replace over 450 KB.
	const normalized = unmarked.includes('\r') ? unmarked.replace(/\r\n?/g, '\n') : unmarked;
	const parts = splitFile(normalized);
	const fields = parts.frontMatter ?? {};
	const url = absoluteUrl(parts.url) ?? absoluteUrl(fields['from']);
	const {date: bodyDate, body} = takeLeadingDate(parts.body);
	const date = parts.timestamp
		?? parseDateText(fields['date'] ?? '')
		?? parseDateText(parts.dateLine ?? '')
		?? bodyDate;

	let content: BodyContent | undefined;
	let headline = orNull(cleanLine(parts.headline ?? '')) ?? orNull(cleanLine(fields['title'] ?? ''));
	if (headline === null) {
		// Rare: only here does the body have to be parsed before the article is complete.
		content = bodyContent(body, url, []);
		headline = headlineFromBlocks(content.blocks) ?? headlineFromFileName(path);
		warnings.push('no header');
	}

	const split = splitHeadline(headline, url);
	const headlines = [headline, split.headline];
	const getContent = (): BodyContent => {
		content ??= bodyContent(body, url, headlines);
		return content;
	};

	const source = split.source
		?? orNull(cleanLine(firstListEntry(fields['categories'])))
		?? orNull(cleanLine(firstListEntry(fields['tags'])))
		?? orNull(cleanLine(fields['author'] ?? ''))
		?? sourceFromPath(path);
	const header = {path, date, headline: split.headline, section: split.section, source, url};
	if (!lazy) {
		const {lead, blocks} = getContent();
		return {article: {...header, lead, blocks, warnings}, body};
	}

	return {
		article: {
			...header,
			get lead() {
				return getContent().lead;
			},
			get blocks() {
				return getContent().blocks;
			},
			warnings,
		},
		body,
	};
}

function fallback(path: string, error: unknown): Article {
	const reason = error instanceof Error ? error.message : String(error);
	return {
		path, date: null, headline: headlineFromFileName(path), section: null, source: sourceFromPath(path),
		url: null, lead: null, blocks: [], warnings: [sanitizeText(`could not parse: ${reason}`)],
	};
}

/**
Like `parseArticle`, but the body is parsed only when `lead` or `blocks` is first read (then kept),
so loading thousands of files costs their headers only. `warnings` are what the caller already
knows (e.g. invalid UTF-8), put first. Never throws.
*/
export function parseArticleLazily(text: string, path: string, warnings: readonly string[] = []): LazyArticle {
	try {
		return parse(text, path, true, warnings);
	} catch (error) {
		return {article: fallback(path, error), body: ''};
	}
}

/**
Parses the text of one article file. Pure, and never throws: a file it cannot make sense of becomes
an article headed by its file name, with the reason in `warnings`.

Handles the canonical header (`<!--ms-->`, `[headline](url)`, `------`), CDT's `日期：` line, Jekyll
front matter, files with no header, and the HTML body (see `htmlToBlocks`).
*/
export function parseArticle(text: string, path: string): Article {
	try {
		return parse(text, path, false, []).article;
	} catch (error) {
		return fallback(path, error);
	}
}
