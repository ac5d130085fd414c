/** One-line text from the header (headline, front matter values): decoded, safe, single-spaced. */
import {decodeHTML} from 'entities';
import {decodeLeftoverEntities} from './decode-entities.js';
import {sanitizeText} from '../text/sanitize.js';

/** Trims ASCII whitespace only: NBSP and U+3000 at an edge are the author's, unlike `String#trim`. */
export function trimAscii(text: string): string {
	return text.replace(/^[ \t\n\r\f]+|[ \t\n\r\f]+$/g, '');
}

/**
Decodes entities, sanitises, collapses runs of ASCII whitespace (newlines included) to one space and
trims ASCII whitespace.

@example
cleanLine('  a &quot;b&quot;\n\n c ') // 'a "b" c'
*/
export function cleanLine(raw: string): string {
	return trimAscii(sanitizeText(decodeLeftoverEntities(decodeHTML(raw))).replace(/[ \t\n\r\f]+/g, ' '));
}
