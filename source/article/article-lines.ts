import {narrowMeasure, type Measure} from '../text/measure.js';
import {hanRanges} from '../text/han-ranges.js';
import {splitRunsAtRanges} from '../text/highlight.js';
import type {StyledLine, StyledRun} from '../text/wrap-runs.js';
import type {Article, Inline} from './article.js';
import {metaLine, mediaLabel} from './render-text.js';
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

/** The italic runs' Han stretches restyled as accents: a sheared Han glyph is no italic (see text/han-ranges.ts). */
function unslantHan(runs: Array<StyledRun<Style>>): Array<StyledRun<Style>> {
	if (!runs.some(run => run.style.italic)) {
		return runs;
	}

	return splitRunsAtRanges(runs, hanRanges(runs.map(run => run.text).join('')), style => {
		if (!style.italic) {
			return style;
		}

		const {italic: _slant, ...rest} = style;
		return {...rest, accent: true};
	});
}

/** What starts a block's lines: a list item's bullet (the rest hang under its text), a quote's bar (on every line). */
type Prefix = {readonly segment: Segment; readonly repeat: boolean};

/**
Wraps an article's runs to `width`, hits laid over them by offset after the breaks are chosen, so
highlighting never moves a break. The lines are those `print --width` prints (render-text wrapWithPrefix).
*/
function wrapBlock(runs: readonly Inline[], base: Style, marks: readonly Mark[], width: number, measure: Measure, prefix: Prefix | null): StyledLine<Style>[] {
	const styled = unslantHan(runs.map(run => ({text: run.text, style: runStyle(run, base)})));
	const marked = splitRunsAtRanges(styled, marks, (style, mark) => ({...style, hit: true, current: mark.current}));
	const indent = prefix ? measure.width(prefix.segment.text) : 0;
	const lines = measure.wrapRuns(marked, Math.max(1, width - indent));
	if (!prefix) {
		return lines;
	}

	const hang: Segment = prefix.repeat ? prefix.segment : {text: ' '.repeat(indent), style: {}};
	return lines.map((line, index) => ({...line, segments: [index === 0 ? prefix.segment : hang, ...line.segments]}));
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
	const add = (field: HitRange['field'], block: number | undefined, runs: readonly Inline[], style: Style, prefix: Prefix | null = null): void => {
		const fieldHits = hits
			.map((hit, index) => ({...hit, index, current: index === options.currentHit}))
			.filter(hit => hit.field === field && hit.block === block);
		const wrapped = wrapBlock(runs, style, fieldHits, width, measure, prefix);
		for (const hit of fieldHits) {
			let line = 0;
			while (line + 1 < wrapped.length && (wrapped[line + 1]?.start ?? 0) <= hit.start) {
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
	const meta = metaLine(article);
	if (meta) {
		add('block', -1, plain(meta), {dim: true});
	}

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

	return {lines, hitLines};
}
