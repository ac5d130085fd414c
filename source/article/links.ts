/**
The article's links, numbered as the reader and `print` show them: the article's own URL is [1] (as
in newsboat's link list), then each distinct http(s) target of a link in the lead and the blocks, in
reading order. The same target linked twice keeps its first number. An article whose text links
nowhere shows no numbers at all: its URL line says everything, and `o` and `y` take it.
*/
import type {Article, Inline} from './article.js';

export type ArticleLinks = {
	/** The targets, link N at index N - 1. */
	readonly urls: readonly string[];
	/** The number of a link target, or undefined for one that is not numbered (not http or https). */
	readonly numberOf: (url: string) => number | undefined;
	/** Whether the numbers are shown (marks in the text, a list at the end): the text has links. */
	readonly shown: boolean;
};

/** Links the reader can follow: a browser opens these, and only these are hyperlinks on a terminal. */
export const isFollowable = (url: string): boolean => /^https?:\/\/[^\s]/i.test(url);

/**
The numbered links of an article.

@example
articleLinks({url: 'https://a.com/x', lead: null, blocks: [{type: 'paragraph', runs: [{type: 'link', text: '报道', href: 'https://b.com'}]}]}).urls
//=> ['https://a.com/x', 'https://b.com']
*/
export function articleLinks(article: Pick<Article, 'url' | 'lead' | 'blocks'>): ArticleLinks {
	const numbers = new Map<string, number>();
	const add = (url: string): void => {
		if (isFollowable(url) && !numbers.has(url)) {
			numbers.set(url, numbers.size + 1);
		}
	};

	add(article.url ?? '');
	let linked = false;
	const addRuns = (runs: readonly Inline[]): void => {
		for (const run of runs) {
			if (run.type === 'link' && isFollowable(run.href)) {
				linked = true;
				add(run.href);
			}
		}
	};

	addRuns(article.lead ?? []);
	for (const block of article.blocks) {
		if (block.type !== 'image' && block.type !== 'media') {
			addRuns(block.runs);
		}
	}

	return {urls: [...numbers.keys()], numberOf: url => (linked ? numbers.get(url) : undefined), shown: linked};
}

/** How link N is marked after its text and in the list at the end: `[3]`. */
export const linkMark = (number: number): string => `[${number}]`;

/**
Joins a mark to the text before it while lines are chosen: U+2060 WORD JOINER forbids a break on
either side (UAX #14 WJ), so `报道[3]` never ends a line at `报道` with `[3]` starting the next. It is
taken out again once the lines are made (`withoutJoiners`), so it never reaches the screen or a file.
*/
export const markJoiner = '\u2060';

/** A wrapped line without the joiners that held its marks to their text. */
export const withoutJoiners = (line: string): string => line.replaceAll(markJoiner, '');

/** The plain text of runs with each numbered link's mark after it (joined, see `markJoiner`). */
export function runsTextWithMarks(runs: readonly Inline[], links: ArticleLinks): string {
	let text = '';
	for (const run of runs) {
		text += run.text;
		const number = run.type === 'link' ? links.numberOf(run.href) : undefined;
		if (number !== undefined) {
			text += markJoiner + linkMark(number);
		}
	}

	return text;
}
