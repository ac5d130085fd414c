import {narrowMeasure, type Measure} from '../text/measure.js';
import {splitRunsAtRanges} from '../text/highlight.js';
import type {StyledLine, StyledRun} from '../text/wrap-runs.js';
import type {Article, Inline} from './article.js';
import {articleLinks, linkMark, markJoiner, type ArticleLinks} from './links.js';
import {linkListHeading, mediaLabel, metaFields, readableUrl} from './render-text.js';
import type {DisplayLine, Segment, Style} from '../screen/display-line.js';

/** Where a search hit lies: a field of the article and UTF-16 offsets into its plain text. */
export type HitRange = {
	readonly field: 'headline' | 'lead' | 'block';
	readonly block?: number;
	readonly start: number;
	readonly end: number;
};

export type ArticleLayout = {
	readonly lines: readonly DisplayLine[];
	/** The line each hit starts on, in the order the hits were given. */
	readonly hitLines: readonly number[];
};

type Mark = {readonly start: number; readonly end: number; readonly current: boolean};

const runStyle = (run: Inline, base: Style): Style => {
	switch (run.type) {
		case 'strong': {
			return {...base, bold: true};
		}

		case 'emphasis': {
			return {...base, italic: true};
		}

		case 'link': {
			return {...base, link: true};
		}

		default: {
			return base;
		}
	}
};

/** Link marks put into a block's text: at which offset of its plain text, and how many UTF-16 units long. */
type Inserted = {readonly at: number; readonly length: number};

/**
The runs as styled pieces, each numbered link a hyperlink followed by its dim mark (`[3]`, joined to
the link's text by `markJoiner`), and where the marks went.
*/
function withLinkMarks(runs: readonly Inline[], base: Style, links: ArticleLinks): {styled: Array<StyledRun<Style>>; inserted: Inserted[]} {
	const styled: Array<StyledRun<Style>> = [];
	const inserted: Inserted[] = [];
	let offset = 0;
	for (const run of runs) {
		const href = run.type === 'link' ? run.href : undefined;
		const number = href === undefined ? undefined : links.numberOf(href);
		const style = runStyle(run, base);
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
function shiftedOffset(offset: number, inserted: readonly Inserted[], isEnd: boolean): number {
	let shifted = offset;
	for (const mark of inserted) {
		if (mark.at < offset || (mark.at === offset && !isEnd)) {
			shifted += mark.length;
		}
	}

	return shifted;
}

/**
Wraps an article's runs to `width`, hits laid over them by offset after the breaks are chosen, so
highlighting never moves a break. A prefix (`• `, `│ `) starts the first line and the rest hang under it.
Line offsets (`start`, `end`) count the link marks: `shift` maps a plain-text offset to them.
*/
function wrapBlock(runs: readonly Inline[], base: Style, hits: readonly Mark[], width: number, measure: Measure, prefix: Segment | null, links: ArticleLinks): {lines: Array<StyledLine<Style>>; shift: (offset: number) => number} {
	const {styled, inserted} = withLinkMarks(runs, base, links);
	const shifted = hits.map(hit => ({...hit, start: shiftedOffset(hit.start, inserted, false), end: shiftedOffset(hit.end, inserted, true)}));
	const marked = splitRunsAtRanges(styled, shifted, (style, mark) => ({...style, hit: true, current: mark.current}));
	const indent = prefix ? measure.width(prefix.text) : 0;
	const wrapped = measure.wrapRuns(marked, Math.max(1, width - indent));
	// The joiners have done their work: the lines are chosen.
	const lines = inserted.length === 0 ? wrapped : wrapped.map(line => ({...line, segments: line.segments.filter(segment => segment.text !== markJoiner)}));
	const shift = (offset: number): number => shiftedOffset(offset, inserted, false);
	if (!prefix) {
		return {lines, shift};
	}

	const hang: Segment = {text: ' '.repeat(indent), style: {}};
	return {lines: lines.map((line, index) => ({...line, segments: [index === 0 ? prefix : hang, ...line.segments]})), shift};
}

/** The URL keeps this many columns on the meta line's last line, else it goes on a line of its own. */
const urlColumns = 24;

/**
The meta line for the pane: date · source · section wrapped, then the URL and its mark. The URL is
never wrapped (a URL broken over lines in the middle of the pane reads as two): it goes on the last
line when it fits there or keeps `urlColumns` of it, else on a line of its own, cut with `…` to fit.
Only what is shown is cut; `o`, `y` and the hyperlink use the whole URL.
*/
function metaLines(article: Article, links: ArticleLinks, width: number, measure: Measure): DisplayLine[] {
	const dim: Style = {dim: true};
	const fields = metaFields(article);
	const lines: DisplayLine[] = fields ? measure.wrap(fields, width).map(line => [{text: line, style: dim}]) : [];
	if (article.url === null) {
		return lines;
	}

	const number = links.numberOf(article.url);
	const hyperlink = number === undefined ? undefined : {url: article.url, id: number};
	const mark: Segment[] = number === undefined ? [] : [{text: ` ${linkMark(number)}`, style: {...dim, hyperlink}}];
	const room = Math.max(1, width - measure.width(mark[0]?.text ?? ''));
	const url = readableUrl(article.url);
	const last = lines.at(-1)?.[0]?.text;
	const used = last === undefined ? 0 : measure.width(`${last} · `);
	const urlSegment = (columns: number): Segment => ({text: measure.truncate(url, columns), style: {...dim, hyperlink}});
	if (last !== undefined && (used + measure.width(url) <= room || room - used >= urlColumns)) {
		lines[lines.length - 1] = [{text: `${last} · `, style: dim}, urlSegment(room - used), ...mark];
	} else {
		lines.push([urlSegment(room), ...mark]);
	}

	return lines;
}

/**
The list of the article's links after its text: a blank line, a dim heading, then `[N] URL` a link,
each URL wrapped under its number (the whole URL is shown here, where the meta line cuts it).
*/
function linkListLines(links: ArticleLinks, width: number, measure: Measure): DisplayLine[] {
	if (!links.shown) {
		return [];
	}

	const lines: DisplayLine[] = [[], [{text: linkListHeading, style: {dim: true}}]];
	const markWidth = measure.width(linkMark(links.urls.length));
	for (const [index, url] of links.urls.entries()) {
		const mark = linkMark(index + 1);
		const hyperlink = {url, id: index + 1};
		const prefix: Segment = {text: `${' '.repeat(markWidth - measure.width(mark))}${mark} `, style: {dim: true, hyperlink}};
		const runs: Inline[] = [{type: 'text', text: readableUrl(url)}];
		const {lines: wrapped} = wrapBlock(runs, {link: true, hyperlink}, [], width, measure, prefix, links);
		lines.push(...wrapped.map(line => line.segments));
	}

	return lines;
}

/** Characters of text the reader lays out for one article: about 50 times the longest real one. */
export const layoutBudget = 2_000_000;

export type LayoutOptions = {
	/** The run's measure; narrow ambiguous characters when not given. */
	readonly measure?: Measure;
	readonly hits?: readonly HitRange[];
	/** Index into `hits` of the current hit, shown apart from the others. */
	readonly currentHit?: number;
};

/**
The article laid out for the reader pane at `width` columns: headline (bold), meta line (dim), lead
(bold), then each block, a blank line between paragraphs, every line already fitting the width.
*/
export function layoutArticle(article: Article, width: number, options: LayoutOptions = {}): ArticleLayout {
	const measure = options.measure ?? narrowMeasure;
	const hits = options.hits ?? [];
	const hitLines: number[] = Array.from({length: hits.length}, () => 0);
	const lines: DisplayLine[] = [];
	const links = articleLinks(article);
	const add = (field: HitRange['field'], block: number | undefined, runs: readonly Inline[], style: Style, prefix: Segment | null = null): void => {
		const fieldHits = hits
			.map((hit, index) => ({...hit, index, current: index === options.currentHit}))
			.filter(hit => hit.field === field && hit.block === block);
		const {lines: wrapped, shift} = wrapBlock(runs, style, fieldHits, width, measure, prefix, links);
		for (const hit of fieldHits) {
			let line = 0;
			const start = shift(hit.start);
			while (line + 1 < wrapped.length && (wrapped[line + 1]?.start ?? 0) <= start) {
				line++;
			}

			hitLines[hit.index] = lines.length + line;
		}

		for (const line of wrapped) {
			lines.push(line.segments);
		}
	};

	const plain = (text: string): Inline[] => [{type: 'text', text}];
	// The body first: reading it may add a warning (the file changed or went since it was listed), shown below.
	const {lead, blocks} = article;
	add('headline', undefined, plain(article.headline), {bold: true});
	lines.push(...metaLines(article, links, width, measure));

	if (article.warnings.length > 0) {
		// What went wrong reading the file (cut, bytes removed, not UTF-8): said where the text is read.
		add('block', -2, plain(`note: ${article.warnings.join('; ')}`), {dim: true});
	}

	if (lead) {
		lines.push([]);
		add('lead', undefined, lead, {bold: true});
	}

	let laidOut = 0;
	for (const [index, block] of blocks.entries()) {
		lines.push([]);
		laidOut += block.type === 'image' || block.type === 'media' ? 0 : block.runs.reduce((sum, run) => sum + run.text.length, 0);
		if (laidOut > layoutBudget) {
			// A pathological file (tens of megabytes) must not stall the reader; print shows it whole.
			add('block', index, plain(`[… ${blocks.length - index} more paragraphs not shown here: press p to print the whole article]`), {dim: true});
			break;
		}

		switch (block.type) {
			case 'image': {
				add('block', index, plain(`[图片${block.alt ? `: ${block.alt}` : ''}]`), {dim: true});
				break;
			}

			case 'media': {
				add('block', index, plain(`[${mediaLabel[block.kind]}: ${block.url}]`), {dim: true});
				break;
			}

			case 'heading': {
				add('block', index, block.runs, {bold: true});
				break;
			}

			case 'quote': {
				add('block', index, block.runs, {italic: true}, {text: '│ ', style: {dim: true}});
				break;
			}

			case 'listItem': {
				add('block', index, block.runs, {}, {text: '• ', style: {}});
				break;
			}

			case 'caption': {
				add('block', index, block.runs, {dim: true});
				break;
			}

			case 'paragraph': {
				add('block', index, block.runs, {});
				break;
			}
		}
	}

	lines.push(...linkListLines(links, width, measure));
	return {lines, hitLines};
}
