/**
Fitting one line of text into a fixed number of columns, for list rows and headers.
*/
import {displayWidth, nextTabStop} from './display-width.js';
import {forEachGrapheme} from './graphemes.js';
import {graphemeWidth, type WidthOptions} from './grapheme-width.js';

const ELLIPSIS = '…';

/**
`text` cut to at most `width` columns, ending with `…` when anything was cut. Never wider than
`width`: a wide character that would straddle the edge is left out, and `…` itself counts 2 columns
when ambiguous characters are wide. Cuts only between grapheme clusters. Meant for one line.

@example
truncateToWidth('中华人民共和国', 7) //=> '中华人…'
*/
export function truncateToWidth(text: string, width: number, options: WidthOptions = {}): string {
	const ambiguousWide = options.ambiguousWide ?? false;
	const limit = Math.max(0, Math.floor(width));
	const ellipsisWidth = graphemeWidth(ELLIPSIS, ambiguousWide);
	// Where the text must be cut if it turns out too wide: the last cluster end leaving room for `…`.
	let cutWithEllipsis = 0;
	let cutBare = 0;
	let column = 0;
	let overflow = false;
	forEachGrapheme(text, (start, end) => {
		column = text.charCodeAt(start) === 0x09 ? nextTabStop(column) : column + graphemeWidth(text.slice(start, end), ambiguousWide);
		if (column > limit) {
			overflow = true;
			return false;
		}

		cutBare = end;
		if (column + ellipsisWidth <= limit) {
			cutWithEllipsis = end;
		}

		return true;
	});
	if (!overflow) {
		return text;
	}

	// No room even for `…`: show what fits, unmarked.
	if (ellipsisWidth > limit) {
		return text.slice(0, cutBare);
	}

	// A space right before `…` reads as a gap, not as cut text.
	return text.slice(0, cutWithEllipsis).replace(/[ \t]+$/, '') + ELLIPSIS;
}

/**
`text` fitted to exactly `width` columns: truncated with `…` when too wide, then padded with spaces.

@example
padToWidth('中文', 6) //=> '中文  '
*/
export function padToWidth(text: string, width: number, options: WidthOptions = {}): string {
	const fitted = truncateToWidth(text, width, options);
	const used = displayWidth(fitted, options);
	return fitted + ' '.repeat(Math.max(0, Math.floor(width) - used));
}
