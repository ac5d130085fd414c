/** Finding an article's lead among its blocks. */
import type {Block, BodyContent, Inline} from './article.js';

/** Shorter bold openers are headings in disguise (`一、`, `1.`), not a summary. */
const minimumLeadLength = 15;

function isBoldParagraph(block: Block): block is Extract<Block, {runs: readonly Inline[]}> {
	if (block.type !== 'paragraph') {
		return false;
	}

	const text = block.runs.map(run => run.text).join('');
	return [...text].length >= minimumLeadLength
		&& block.runs.every(run => run.type === 'strong' || (run.type === 'text' && /^[\s\u3000]*$/.test(run.text)));
}

/**
Takes the lead out of the blocks: the first text block of a `story-lead` element (FT) when there is
one (its blocks are `[start, end)`), else a first text paragraph that is bold throughout
(`<p><strong>…</strong></p>`, RFI and CDT). Images, media and captions may come before it.
*/
export function extractLead(blocks: readonly Block[], start: number, end: number): BodyContent {
	let index = -1;
	if (start >= 0) {
		const stop = end < 0 ? blocks.length : end;
		index = blocks.findIndex((block, i) => i >= start && i < stop && block.type === 'paragraph');
	} else {
		const first = blocks.findIndex(block => block.type !== 'image' && block.type !== 'media' && block.type !== 'caption');
		const candidate = blocks[first];
		index = candidate !== undefined && isBoldParagraph(candidate) ? first : -1;
	}

	const lead = blocks[index];
	if (lead === undefined || lead.type === 'image' || lead.type === 'media') {
		return {lead: null, blocks};
	}

	return {lead: lead.runs, blocks: blocks.filter((_block, i) => i !== index)};
}
