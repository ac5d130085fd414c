/** One file's text to one `Article`, whatever shape the file has. */
import {type Article, type Block, type BodyContent, blockText} from './article.js';
import {canonicalSource, sectionWithOrigin} from './canonical-source.js';
import {cleanLine} from './clean-line.js';
import {splitHeadline} from './headline-suffix.js';
import {htmlToBlocks} from './html-blocks.js';
import {detachString} from './html-detach.js';
import {prepareHtml} from './html-prepare.js';
import {takeLeadingDate} from './leading-date.js';
import {parseDateText} from './parse-date.js';
import {type FileParts, splitFile} from './parse-header.js';
import {firstListEntry} from './parse-front-matter.js';
import {headlineFromFileName} from './path-names.js';
import {sanitizeText} from '../text/sanitize.js';
import {narrowMeasure} from '../text/measure.js';

/** Widest headline taken from body text when the file has none, in columns: 80 Han characters. */
const guessedHeadlineWidth = 160;

/** `raw` sanitised and trimmed when it is an absolute http(s) URL without spaces, else null. */
export function absoluteUrl(raw: string | undefined | null): string | null {
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

	// Cut by the measure, on a grapheme boundary (not by code points, which split emoji and count Han as one).
	return narrowMeasure.truncate(text, guessedHeadlineWidth);
}

/**
A body as the loader keeps it until it is parsed: `head` as text, then `tail`, the rest of the file's
UTF-8 bytes not decoded yet, one byte per character (latin1; empty when `head` is the whole body).
A one-byte string takes a third of the memory of decoded Chinese text, and unlike a buffer it lives
in the JavaScript heap, which gives its pages back once the body is parsed and the string dropped.
*/
export type BodySource = {readonly head: string; readonly tail: string};

/** An article whose lead and blocks are parsed on first access, with the body they come from. */
export type LazyArticle = {
	readonly article: Article;
	/** The body as in the file, for spotting duplicate bodies without parsing them. */
	readonly body: BodySource;
};

/** The whole text of a body. */
export function bodyText(body: BodySource): string {
	return body.tail === '' ? body.head : body.head + Buffer.from(body.tail, 'latin1').toString('utf8');
}

/** The header of a file: everything but the body's content, which may be parsed later. */
type Header = {
	readonly url: string | null;
	readonly date: number | null;
	readonly headline: string | null;
	readonly fields: Readonly<Record<string, string>>;
	/** The body with its leading date element cut. */
	readonly body: string;
};

function readHeader(parts: FileParts): Header {
	const fields = parts.frontMatter ?? {};
	const url = absoluteUrl(parts.url) ?? absoluteUrl(fields['from']);
	const {date: bodyDate, body} = takeLeadingDate(parts.body);
	const date = parts.timestamp
		?? parseDateText(fields['date'] ?? '')
		?? parseDateText(parts.dateLine ?? '')
		?? bodyDate;
	const headline = orNull(cleanLine(parts.headline ?? '')) ?? orNull(cleanLine(fields['title'] ?? ''));
	return {url, date, headline, fields, body};
}

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

/** Builds the article from its header; the body is parsed now unless `lazy`, else on first access. */
function finish(header: Header, source: BodySource, path: string, lazy: boolean, known: readonly string[]): LazyArticle {
	const warnings = [...known];
	const {fields} = header;
	// Header strings are slices of the file's text: copies let that text be collected.
	const url = header.url === null ? null : detachString(header.url);
	let content: BodyContent | undefined;
	let headline = header.headline === null ? null : detachString(header.headline);
	if (headline === null) {
		// Rare: only here does the body have to be parsed before the article is complete.
		content = bodyContent(bodyText(source), url, []);
		headline = headlineFromBlocks(content.blocks) ?? headlineFromFileName(path);
		warnings.push('no header');
	}

	const split = splitHeadline(headline, url);
	const headlines = [headline, split.headline];
	// Dropped once parsed: the blocks hold the text now, and the bytes would only double it.
	let pending: BodySource | null = source;
	const getContent = (): BodyContent => {
		content ??= bodyContent(pending === null ? '' : bodyText(pending), url, headlines);
		pending = null;
		return content;
	};

	const publisher = canonicalSource({
		url,
		named: [
			split.source,
			cleanLine(firstListEntry(fields['categories'])),
			cleanLine(firstListEntry(fields['tags'])),
			cleanLine(fields['author'] ?? ''),
		],
		path,
	});
	const section = sectionWithOrigin(split.section, split.source, publisher);
	const described = {
		path, date: header.date, headline: split.headline, section, source: detachString(publisher), url,
	};
	if (!lazy) {
		const {lead, blocks} = getContent();
		return {article: {...described, lead, blocks, warnings}, body: source};
	}

	return {
		article: {
			...described,
			get lead() {
				return getContent().lead;
			},
			get blocks() {
				return getContent().blocks;
			},
			warnings,
		},
		body: source,
	};
}

function parse(text: string, path: string, lazy: boolean, known: readonly string[]): LazyArticle {
	const unmarked = text.startsWith('\uFEFF') ? text.slice(1) : text;
	// Most files have no CR at all; a scan is far cheaper than a replace over 450 KB.
	const normalized = unmarked.includes('\r') ? unmarked.replace(/\r\n?/g, '\n') : unmarked;
	const header = readHeader(splitFile(normalized));
	return finish(header, {head: header.body, tail: ''}, path, lazy, known);
}

// What the leading-date pattern may read before its element: whitespace and a wrapping `<div>`.
const beforeLeadingDate = /^\s*(?:<div>\s*)?/i;
// The leading-date pattern reads at most this far past that (`<div>`, 400 characters, lookahead, `</div>`).
const leadingDateReach = 420;

// Starts that the header patterns would read on from, possibly past the end of a head.
const frontMatterOpening = /^---[ \t]*\n/;
const openLink = /^\s*\[/;
const openComment = /^\s*<!--/;

/**
Whether `parts`, split from a head, are what the whole text would give: every header pattern either
matched before the head ended or failed on a character inside it, and the leading-date pattern
cannot reach the head's end.
*/
function settledByHead(text: string, parts: FileParts): boolean {
	if (parts.frontMatter === null && frontMatterOpening.test(text)) {
		// The closing `---` may lie past the head.
		return false;
	}

	if (parts.headline === null && (openLink.test(parts.body) || (parts.timestamp === null && openComment.test(parts.body)))) {
		return false;
	}

	return parts.body.length > (beforeLeadingDate.exec(parts.body)?.[0].length ?? 0) + leadingDateReach;
}

/**
Like `parseArticleLazily`, from the decoded start of a file (`head`, no CR, cut on a character
boundary) and the rest of its UTF-8 bytes as a latin1 string (`tail`), decoded only when the body is parsed.

Returns null when the head does not settle the header the way the whole text would (see
`settledByHead`): the caller then decodes the whole file and calls `parseArticleLazily`. Never throws.
*/
export function parseArticleHead(head: string, tail: string, path: string, warnings: readonly string[] = []): LazyArticle | null {
	try {
		const text = head.startsWith('\uFEFF') ? head.slice(1) : head;
		const parts = splitFile(text);
		if (!settledByHead(text, parts)) {
			return null;
		}

		const header = readHeader(parts);
		return finish(header, {head: detachString(header.body), tail}, path, true, warnings);
	} catch {
		return null;
	}
}

function fallback(path: string, error: unknown): Article {
	const reason = error instanceof Error ? error.message : String(error);
	return {
		path, date: null, headline: headlineFromFileName(path), section: null, source: canonicalSource({url: null, named: [], path}),
		url: null, lead: null, blocks: [], warnings: [sanitizeText(`could not parse: ${reason}`)],
	};
}

/**
Like `parseArticle`, but the body is parsed only when `lead` or `blocks` is first read (then kept,
and the body text dropped), so loading thousands of files costs their headers only. `warnings` are
what the caller already knows (e.g. invalid UTF-8), put first. Never throws.
*/
export function parseArticleLazily(text: string, path: string, warnings: readonly string[] = []): LazyArticle {
	try {
		return parse(text, path, true, warnings);
	} catch (error) {
		return {article: fallback(path, error), body: {head: '', tail: ''}};
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
