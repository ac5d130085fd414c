/**
An article in Simplified or Traditional characters (text/han-script.ts): what the reader shows after
`t` and what `print --script` prints. Only text a person reads changes (headline, source, section,
runs, image descriptions); URLs, dates and the path stay as they are.
*/
import type {Article, Block, Inline} from './article.js';
import {convertedRange, convertScript, type Converted, type Script} from '../text/han-script.js';
import type {HitRange} from './article-lines.js';

export type ConvertedArticle<A extends Article> = {
	readonly article: A;
	/** A hit found in the text as written (offsets into its fields), as offsets into the converted text. */
	readonly mapHit: (hit: HitRange) => HitRange;
};

/** Runs converted one by one, and one map for their joined text (the field's text search offsets index into). */
function convertRuns(runs: readonly Inline[], script: Exclude<Script, 'original'>): {runs: Inline[]; map: (start: number, end: number) => readonly [number, number]} {
	const pieces: Array<{readonly converted: Converted; readonly from: number; readonly to: number}> = [];
	let from = 0;
	let to = 0;
	const converted = runs.map(run => {
		const result = convertScript(run.text, script);
		pieces.push({converted: result, from, to});
		from += run.text.length;
		to += result.text.length;
		return {...run, text: result.text};
	});

	/** Where an original offset lands: in the run holding it, mapped there. */
	const place = (offset: number, isEnd: boolean): number => {
		const piece = pieces.findLast(candidate => (isEnd ? candidate.from < offset : candidate.from <= offset)) ?? pieces[0];
		if (piece === undefined) {
			return offset;
		}

		const local = offset - piece.from;
		const [start, end] = convertedRange(piece.converted, isEnd ? local - 1 : local, isEnd ? local : local + 1);
		return piece.to + (isEnd ? end : start);
	};

	return {runs: converted, map: (start, end) => (start >= end ? [place(start, false), place(start, false)] : [place(start, false), place(end, true)])};
}

/**
`article` with its text converted to `script`, and how hits move with it; the article itself when
`script` is `original`.

@example
convertArticle(article, 'traditional').article.headline //=> '香港關係'
*/
export function convertArticle<A extends Article>(article: A, script: Script): ConvertedArticle<A> {
	if (script === 'original') {
		return {article, mapHit: hit => hit};
	}

	const text = (value: string): string => convertScript(value, script).text;
	const headline = convertScript(article.headline, script);
	const lead = article.lead === null ? null : convertRuns(article.lead, script);
	const blocks = article.blocks.map(block => convertBlock(block, script));
	const converted = {
		...article,
		headline: headline.text,
		source: text(article.source),
		section: article.section === null ? null : text(article.section),
		lead: lead === null ? null : lead.runs,
		blocks: blocks.map(block => block.block),
	};
	const mapHit = (hit: HitRange): HitRange => {
		const map = hit.field === 'headline'
			? (start: number, end: number) => convertedRange(headline, start, end)
			: (hit.field === 'lead' ? lead?.map : blocks[hit.block ?? -1]?.map);
		const [start, end] = map === undefined ? [hit.start, hit.end] : map(hit.start, hit.end);
		return {...hit, start, end};
	};

	return {article: converted, mapHit};
}

function convertBlock(block: Block, script: Exclude<Script, 'original'>): {block: Block; map?: (start: number, end: number) => readonly [number, number]} {
	switch (block.type) {
		case 'image': {
			return {block: {...block, alt: convertScript(block.alt, script).text}};
		}

		case 'media': {
			return {block};
		}

		default: {
			const {runs, map} = convertRuns(block.runs, script);
			return {block: {...block, runs}, map};
		}
	}
}
