/** Decoding entities that survive the HTML parser, because the feed encoded them twice. */
import {decodeHTML} from 'entities';

const entity = /&(?:[a-z][a-z\d]*|#\d+|#x[\da-f]+);/i;

/**
Decodes entity text still present after parsing (`&amp;nbsp;` in the file is `&nbsp;` after one
decode). Text without anything entity-shaped, the common case, is returned as it is; a bare `&`
stays `&`.

@example
decodeLeftoverEntities('a&nbsp;b') // 'a\u00A0b'
*/
export function decodeLeftoverEntities(text: string): string {
	let decoded = text;
	// Twice at most: a triple encoding is not met in the corpus, and the loop must end.
	for (let pass = 0; pass < 2 && entity.test(decoded); pass++) {
		decoded = decodeHTML(decoded);
	}

	return decoded;
}
