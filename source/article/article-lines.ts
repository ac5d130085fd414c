import {narrowMeasure, type Measure} from '../text/measure.js';
import {splitRunsAtRanges} from '../text/highlight.js';
import type {StyledLine} from '../text/wrap-runs.js';
import type {Article, Inline} from './article.js';
import {articleLinks, markJoiner, type ArticleLinks} from './links.js';
import {shiftedOffset, withLinkMarks} from './link-marks.js';
import {metaLines} from './meta-lines.js';
import {linkListHeading, linkListPrefix, mediaLabel, readableUrl} from './render-text.js';
import {runStyle, unslantHan} from './run-styles.js';
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

/** What starts a block's lines: a list item's bullet (the rest hang under its text), a quote's bar (on every line). */
type Prefix = {readonly segment: Segment; readonly repeat: boolean};

/**
Wraps an article's runs to `width`, hits laid over them by offset after the breaks are chosen, so
highlighting never moves a break. The lines are those `print --width` prints (render-text wrapWithPrefix).
Line offsets (`start`, `end`) count the link marks: `shift` maps a plain-text offset to them.
*/
function wrapBlock(runs: readonly Inline[], base: Style, hits: readonly Mark[], width: number, measure: Measure, prefix: Prefix | null, links: ArticleLinks): {lines: Array<StyledLine<Style>>; shift: (offset: number) => number} {
	const {styled, inserted} = withLinkMarks(runs, run => runStyle(run, base), base, links);
	const shifted = hits.map(hit => ({...hit, start: shiftedOffset(hit.start, inserted, false), end: shiftedOffset(hit.end, inserted, true)}));
	const marked = splitRunsAtRanges(unslantHan(styled), shifted, (style, mark) => ({...style, hit: true, current: mark.current}));
	const indent = prefix ? measure.width(prefix.segment.text) : 0;
	const wrapped = measure.wrapRuns(marked, Math.max(1, width - indent));
	// The joiners have done their work: the lines are chosen.
	const lines = inserted.length === 0 ? wrapped : wrapped.map(line => ({...line, segments: line.segments.filter(segment => segment.text !== markJoiner)}));
	const shift = (offset: number): number => shiftedOffset(offset, inserted, false);
	if (!prefix) {
		return {lines, shift};
	}

	const hang: Segment = prefix.repeat ? prefix.segment : {text: ' '.repeat(indent), style: {}};
	return {lines: lines.map((line, index) => ({...line, segments: [index === 0 ? prefix.segment : hang, ...line.segments]})), shift};
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
	for (const [index, url] of links.urls.entries()) {
		const hyperlink = {url, id: index + 1};
		const prefix: Prefix = {segment: {text: linkListPrefix(links, index + 1), style: {dim: true, hyperlink}}, repeat: false};
		const runs: Inline[] = [{type: 'text', text: readableUrl(url)}];
		const {lines: wrapped} = wrapBlock(runs, {link: true, hyperlink}, [], width, measure, prefix, links);
		lines.push(...wrapped.map(line => line.segments));
	}

	return lines;
}

/** The quote bar, as wide as print's `> `: `│` is East Asian Ambiguous, so where those are wide it is `|`. */
const quoteBar = (measure: Measure): string => (measure.ambiguousWide ? '| ' : '│ ');

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
	const add = (field: HitRange['field'], block: number | undefined, runs: readonly Inline[], style: Style, prefix: Prefix | null = null): void => {
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
				add('block', index, block.runs, {italic: true}, {segment: {text: quoteBar(measure), style: {dim: true}}, repeat: true});
				break;
			}

			case 'listItem': {
				add('block', index, block.runs, {}, {segment: {text: '• ', style: {}}, repeat: false});
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
