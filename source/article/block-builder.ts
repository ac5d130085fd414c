/**
Collects inline text into blocks while the HTML walker streams through a body: merges adjacent runs
of the same kind, collapses ASCII whitespace, trims block edges and drops empty blocks.

NBSP and U+3000 are content inside the text, so only ASCII whitespace collapses. At a block's edges
they are layout: at its start an indent (two U+3000, a run of NBSP or spaces, or none, often mixed in
one article), which the reader and `print --indent` apply by one rule of their own instead; at its
end the space an editor left (`。&nbsp;`), which would wrap onto a line of its own, a double gap.
*/
import type {Block, Inline, TextBlockType} from './article.js';
import {detachString} from './html-detach.js';

type RunType = Inline['type'];

const asciiSpaces = /[ \t\n\r\f]+/g;
const leadingSpaces = /^[ \t\n\r\f\u00A0\u3000]+/;
const trailingSpaces = /[ \t\n\r\f\u00A0]+$/;

/** A mutable run while a block is being built. */
type PendingRun = {type: RunType; text: string; href: string};

/** The finished run; its text is copied out of the body so that the body can be collected. */
function toInline(run: PendingRun): Inline {
	const text = detachString(run.text);
	return run.type === 'link' ? {type: 'link', text, href: run.href} : {type: run.type, text};
}

/** Builds the block list of one body. */
export class BlockBuilder {
	readonly blocks: Block[] = [];
	private runs: PendingRun[] = [];
	private blockType: TextBlockType = 'paragraph';

	/** Appends text (already sanitised) in the given style to the block of the given type. */
	addText(text: string, blockType: TextBlockType, runType: RunType, href = ''): void {
		if (blockType !== this.blockType) {
			this.flush();
			this.blockType = blockType;
		}

		let collapsed = text.replace(asciiSpaces, ' ');
		const last = this.runs.at(-1);
		// One space between runs, however the source split its whitespace.
		if (collapsed.startsWith(' ') && (last === undefined || last.text.endsWith(' '))) {
			collapsed = collapsed.slice(1);
		}

		if (collapsed === '') {
			return;
		}

		if (last !== undefined && last.type === runType && last.href === href) {
			last.text += collapsed;
		} else {
			this.runs.push({type: runType, text: collapsed, href});
		}
	}

	/** Appends a non-text block (image, media), ending the text block before it. */
	addBlock(block: Block): void {
		this.flush();
		this.blocks.push(block);
	}

	/** Ends the current text block, if it holds any text. */
	flush(): void {
		const runs = this.runs;
		this.runs = [];
		if (runs.length === 0) {
			return;
		}

		// The indent may fill the first runs (`<b>\u3000\u3000</b>文字`): trim on to the first text.
		for (const run of runs) {
			run.text = run.text.replace(leadingSpaces, '');
			if (run.text !== '') {
				break;
			}
		}

		// The trailing spaces may fill the last runs (`<b>文字&nbsp;</b>&nbsp;`): trim back to the last text.
		for (let index = runs.length - 1; index >= 0; index--) {
			const run = runs[index];
			if (run === undefined) {
				break;
			}

			run.text = run.text.replace(trailingSpaces, '');
			if (run.text !== '') {
				break;
			}
		}

		const kept = runs.filter(run => run.text !== '');
		// A block of only spaces (an empty `<p>&nbsp;</p>` is NBSP, which is content elsewhere) carries nothing.
		if (kept.every(run => /^[\s\u3000]*$/.test(run.text))) {
			return;
		}

		this.blocks.push({type: this.blockType, runs: kept.map(run => toInline(run))});
	}
}
