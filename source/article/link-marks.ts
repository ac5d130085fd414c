/** Link marks in a block's styled runs (`报道[2]`), and how offsets into the block's text move with them. */
import type {Inline} from './article.js';
import {linkMark, markJoiner, type ArticleLinks} from './links.js';
import type {StyledRun} from '../text/wrap-runs.js';
import type {Style} from '../screen/display-line.js';

/** Link marks put into a block's text: at which offset of its plain text, and how many UTF-16 units long. */
export type Inserted = {readonly at: number; readonly length: number};

/**
The runs as styled pieces, each numbered link a hyperlink followed by its dim mark (`[3]`, joined to
the link's text by `markJoiner`), and where the marks went.
*/
export function withLinkMarks(runs: readonly Inline[], styleOf: (run: Inline) => Style, base: Style, links: ArticleLinks): {styled: Array<StyledRun<Style>>; inserted: Inserted[]} {
	const styled: Array<StyledRun<Style>> = [];
	const inserted: Inserted[] = [];
	let offset = 0;
	for (const run of runs) {
		const href = run.type === 'link' ? run.href : undefined;
		const number = href === undefined ? undefined : links.numberOf(href);
		const style = styleOf(run);
		offset += run.text.length;
		if (href === undefined || number === undefined) {
			styled.push({text: run.text, style});
			continue;
		}

		const hyperlink = {url: href, id: number};
		const mark = linkMark(number);
		styled.push({text: run.text, style: {...style, hyperlink}}, {text: markJoiner, style: base}, {text: mark, style: {...base, dim: true, hyperlink}});
		inserted.push({at: offset, length: markJoiner.length + mark.length});
	}

	return {styled, inserted};
}

/** An offset into a block's plain text as an offset into its text with marks: a hit's start comes after a mark at its offset, its end before. */
export function shiftedOffset(offset: number, inserted: readonly Inserted[], isEnd: boolean): number {
	let shifted = offset;
	for (const mark of inserted) {
		if (mark.at < offset || (mark.at === offset && !isEnd)) {
			shifted += mark.length;
		}
	}

	return shifted;
}
