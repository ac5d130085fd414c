/**
The date element some feeds put first in the body (`<div>20/07/2020 - 14:11</div>`,
`<div><i>caption<br>2020-07-20T14:58:19.428Z</i></div>`, FT's empty `<div></div>`). It is metadata:
it is cut from the body, caption and author included, and its date returned.
*/
import {parseDateText} from './parse-date.js';

// Optional `<div>` wrapper (Jekyll files), then the element itself: no nested div, short.
const leadingDiv = /^(\s*(?:<div>\s*)?)<div>((?:(?!<\/?div)[\s\S]){0,400}?)<\/div>/i;
const italic = /^\s*<i>([\s\S]*)<\/i>\s*$/i;

export type LeadingDate = {
	/** Epoch ms, or null when the element held no date (or there was no element). */
	readonly date: number | null;
	/** The body without the element. */
	readonly body: string;
};

/** Finds and removes the leading date element of a body. */
export function takeLeadingDate(body: string): LeadingDate {
	const match = leadingDiv.exec(body);
	if (!match) {
		return {date: null, body};
	}

	const [whole, prefix = '', inner = ''] = match;
	const rest = prefix + body.slice(whole.length);
	if (inner.trim() === '') {
		return {date: null, body: rest};
	}

	const content = italic.exec(inner)?.[1] ?? inner;
	// The date is the last line; DW and NYT put a caption or author before it.
	const lines = content.split(/<br\s*\/?>/i);
	const date = parseDateText(lines.at(-1) ?? '');
	return date === null ? {date: null, body} : {date, body: rest};
}
