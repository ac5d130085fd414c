/**
Splitting an article file into its parts: front matter, the `<!--ms-->` timestamp line, the
`[headline](url)` link, the `------` rule, CDT's `日期：` line, and the body.
*/
import {type FrontMatter, splitFrontMatter} from './parse-front-matter.js';

export type FileParts = {
	readonly frontMatter: FrontMatter | null;
	/** Epoch ms from the `<!--N-->` line. */
	readonly timestamp: number | null;
	/** Raw headline text between the brackets, or null when the file has no link header. */
	readonly headline: string | null;
	readonly url: string | null;
	/** The value of CDT's `日期：` line. */
	readonly dateLine: string | null;
	readonly body: string;
};

const timestampLine = /^\s*<!--\s*(\d{1,16})\s*-->[ \t]*(?:\n|$)/;
// The headline may span lines and hold brackets; it ends at the first `](url)` followed by the rule.
const linkHeader = /^\s*\[([\s\S]*?)\]\((\S*?)\)[ \t]*\n[ \t]*-{3,}[ \t]*(?:\n|$)/;
const dateLine = /^\s*日期[：:][ \t]*([^\n]*)(?:\n|$)/;
// Headers are short; bounding the search keeps a 450 KB body that starts with `[` linear.
const headerWindow = 16_384;

/** Splits a file's text (newlines already `\n`) into its parts. Never throws. */
export function splitFile(text: string): FileParts {
	const {fields: frontMatter, rest: afterFrontMatter} = splitFrontMatter(text);
	let rest = afterFrontMatter;
	let timestamp: number | null = null;
	const stamp = timestampLine.exec(rest);
	if (stamp) {
		timestamp = Number(stamp[1]);
		rest = rest.slice(stamp[0].length);
	}

	let headline: string | null = null;
	let url: string | null = null;
	const link = linkHeader.exec(rest.slice(0, headerWindow));
	if (link) {
		headline = link[1] ?? '';
		url = link[2] === undefined || link[2] === '' ? null : link[2];
		rest = rest.slice(link[0].length);
	}

	let date: string | null = null;
	const line = dateLine.exec(rest);
	if (line && headline !== null) {
		date = (line[1] ?? '').trim();
		rest = rest.slice(line[0].length);
	}

	return {frontMatter, timestamp, headline, url, dateLine: date, body: rest};
}
