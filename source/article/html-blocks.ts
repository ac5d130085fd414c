/**
HTML body to blocks: a streaming walk over htmlparser2 events (no DOM, so a 450 KB body costs one
pass). Tolerant of unbalanced tags: htmlparser2 closes what it implies, and every block boundary just
ends the current text block, whatever the nesting.
*/
import {Parser} from 'htmlparser2';
import type {BodyContent, MediaKind, TextBlockType} from './article.js';
import {BlockBuilder} from './block-builder.js';
import {isDroppedElement} from './html-filter.js';
import {decodeLeftoverEntities} from './decode-entities.js';
import {detachString} from './html-detach.js';
import {extractLead} from './html-lead.js';
import {firstSrcsetUrl, resolveUrl} from './resolve-url.js';
import {sanitizeText} from '../text/sanitize.js';

/** Elements that start and end a block of text. */
const blockTags = new Set([
	'p', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'address', 'center', 'pre',
	'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'figure',
	'figcaption', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'caption', 'hr', 'small', 'details', 'summary',
	'picture', 'br',
]);

const headingTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const captionClass = /(?:^|[\s_-])(?:caption|wp-caption-text)(?:[\s_-]|$)/i;
/** WordPress and Twemoji draw emoji as images in the line (`<img class="wp-smiley" alt="🙏">`): the alt is the character. */
const emojiClass = /(?:^|\s)(?:emoji|wp-smiley)(?:\s|$)/i;

/** The state of one open element, pushed on open and popped on close. */
type Frame = {
	readonly name: string;
	readonly dropped: boolean;
	readonly caption: boolean;
	readonly lead: boolean;
	readonly media?: {kind: MediaKind; url: string};
};

function clean(text: string): string {
	return sanitizeText(decodeLeftoverEntities(text));
}

/** An image's source: `src`, unless it is a `data:` placeholder for a lazy `data-src` or a `srcset`. */
function imageSource(attributes: Readonly<Record<string, string>>, base: string | null): string {
	const candidates = [
		attributes['src'], attributes['data-src'], attributes['data-original'], attributes['data-lazy-src'],
		attributes['srcset'] === undefined ? undefined : firstSrcsetUrl(attributes['srcset']),
		attributes['data-srcset'] === undefined ? undefined : firstSrcsetUrl(attributes['data-srcset']),
	];
	for (const candidate of candidates) {
		const url = candidate === undefined ? '' : resolveUrl(clean(candidate), base);
		if (url !== '') {
			return url;
		}
	}

	return '';
}

/** The character an inline emoji image stands for, or null for any other image. */
function emojiAlt(attributes: Readonly<Record<string, string>>): string | null {
	const alt = clean(attributes['alt'] ?? '').trim();
	return emojiClass.test(attributes['class'] ?? '') && alt !== '' ? alt : null;
}

/** Walks the body and returns its lead and blocks. `base` is the article URL, for relative links. */
export function htmlToBlocks(html: string, base: string | null): BodyContent {
	const builder = new BlockBuilder();
	const stack: Frame[] = [];
	let dropped = 0;
	let headings = 0;
	let captions = 0;
	let listItems = 0;
	let quotes = 0;
	let strong = 0;
	let emphasis = 0;
	let leads = 0;
	let media = 0;
	const links: string[] = [];
	let leadStart = -1;
	let leadEnd = -1;

	const blockType = (): TextBlockType => {
		if (headings > 0) {
			return 'heading';
		}

		if (captions > 0) {
			return 'caption';
		}

		if (listItems > 0) {
			return 'listItem';
		}

		return quotes > 0 ? 'quote' : 'paragraph';
	};

	const runType = (): 'link' | 'strong' | 'emphasis' | 'text' => {
		if ((links.at(-1) ?? '') !== '') {
			return 'link';
		}

		return strong > 0 ? 'strong' : (emphasis > 0 ? 'emphasis' : 'text');
	};

	const count = (name: string, delta: number): void => {
		if (headingTags.has(name)) {
			headings += delta;
		} else if (name === 'li') {
			listItems += delta;
		} else if (name === 'blockquote') {
			quotes += delta;
		} else if (name === 'b' || name === 'strong') {
			strong += delta;
		} else if (name === 'i' || name === 'em') {
			emphasis += delta;
		}
	};

	const parser = new Parser({
		onopentag(name, attributes) {
			const isDropped = dropped > 0 || isDroppedElement(name, attributes);
			const className = attributes['class'] ?? '';
			const frame: Frame = {
				name,
				dropped: isDropped,
				caption: name === 'figcaption' || name === 'small' || captionClass.test(className),
				lead: /(?:^|\s)story-lead(?:\s|$)/.test(className),
				media: name === 'video' || name === 'audio' || name === 'iframe'
					? {kind: name, url: resolveUrl(clean(attributes['src'] ?? attributes['data-src'] ?? ''), base)}
					: undefined,
			};
			stack.push(frame);
			if (isDropped) {
				dropped++;
				return;
			}

			const emoji = name === 'img' ? emojiAlt(attributes) : null;
			if (blockTags.has(name) || frame.media !== undefined || (name === 'img' && emoji === null)) {
				builder.flush();
			}

			if (frame.lead) {
				leads++;
				if (leadStart < 0) {
					leadStart = builder.blocks.length;
				}
			}

			count(name, 1);
			captions += frame.caption ? 1 : 0;
			media += frame.media === undefined ? 0 : 1;
			if (name === 'a') {
				links.push(resolveUrl(clean(attributes['href'] ?? ''), base));
			} else if (emoji !== null) {
				// Part of its sentence, as the page shows it, not a picture of its own.
				builder.addText(emoji, blockType(), runType(), links.at(-1) ?? '');
			} else if (name === 'img') {
				const alt = detachString(clean(attributes['alt'] ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim());
				builder.addBlock({type: 'image', alt, src: imageSource(attributes, base)});
			} else if (name === 'source') {
				const media = stack.findLast(open => open.media !== undefined)?.media;
				if (media !== undefined && media.url === '') {
					media.url = resolveUrl(clean(attributes['src'] ?? ''), base);
				}
			}
		},
		ontext(text) {
			// Fallback text inside media elements is for browsers without the player.
			if (dropped > 0 || media > 0) {
				return;
			}

			builder.addText(clean(text), blockType(), runType(), links.at(-1) ?? '');
		},
		onclosetag(name) {
			const frame = stack.pop();
			if (frame === undefined) {
				return;
			}

			if (frame.dropped) {
				dropped--;
				return;
			}

			if (blockTags.has(name) || frame.media !== undefined) {
				builder.flush();
			}

			if (frame.media !== undefined && frame.media.url !== '') {
				builder.addBlock({type: 'media', kind: frame.media.kind, url: frame.media.url});
			}

			count(name, -1);
			captions -= frame.caption ? 1 : 0;
			media -= frame.media === undefined ? 0 : 1;
			if (name === 'a') {
				links.pop();
			}

			if (frame.lead) {
				builder.flush();
				leads--;
				if (leads === 0 && leadEnd < 0) {
					leadEnd = builder.blocks.length;
				}
			}
		},
	}, {decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true});
	parser.write(html);
	parser.end();
	builder.flush();
	return extractLead(builder.blocks, leadStart, leadEnd);
}
