/**
The greedy line filler for one paragraph: the heart of wrapping.

A paragraph is a sequence of units, each running from one legal break to the next (a character with the
punctuation that may not be parted from it, a Latin word, a number). Units go on the line while they
fit; one that does not fit starts the next line, carrying the character before a line-start mark down
with it (push-out: a terminal cannot squeeze punctuation, and hanging it past the edge overflows).
A unit wider than the pane is laid out by its pieces between forbidden breaks, and a word wider than the
pane cluster by cluster, always filling each line first. Every cluster is looked at a bounded number of
times, so the whole is linear.
*/
import {BreakLevel, type Paragraph} from './break-levels.js';
import {nextTabStop} from './display-width.js';

/** A line as offsets into the paragraph: `[start, end)`. */
export type Span = {readonly start: number; readonly end: number};

/** Breaks `paragraph` into lines at most `width` columns wide (a lone wider cluster excepted). */
export function wrapParagraph(paragraph: Paragraph, width: number): Span[] {
	const {starts, widths, tabs, levels} = paragraph;
	const count = widths.length;
	const lines: Span[] = [];
	// The current line: clusters [lineStart, lineEnd), ending at `column`; spaces after lineEnd are pending.
	let lineStart = 0;
	let lineEnd = 0;
	let column = 0;
	let hasContent = false;

	const columnAfter = (from: number, to: number, start: number): number => {
		let reached = start;
		for (let index = from; index < to; index++) {
			reached = tabs[index] === 1 ? nextTabStop(reached) : reached + (widths[index] ?? 0);
		}

		return reached;
	};

	/** Appends the pending spaces and clusters up to `to` if they fit. */
	const append = (to: number, force = false): boolean => {
		const reached = columnAfter(lineEnd, to, column);
		if (reached > width && !force) {
			return false;
		}

		column = reached;
		lineEnd = to;
		hasContent = true;
		return true;
	};

	/** Ends the current line before cluster `index`; the spaces between are dropped. */
	const breakBefore = (index: number): void => {
		if (hasContent) {
			lines.push({start: starts[lineStart] ?? 0, end: starts[lineEnd] ?? 0});
		}

		lineStart = index;
		lineEnd = index;
		column = 0;
		hasContent = false;
	};

	/** Places clusters [from, to) of an over-wide word one by one, filling each line. */
	const placeClusters = (from: number, to: number): void => {
		for (let index = from; index < to; index++) {
			if (!append(index + 1)) {
				breakBefore(index);
				append(index + 1, true);
			}
		}
	};

	/** Places [from, to) as one piece: on this line, else on a fresh one, else (too wide) cluster by cluster. */
	const placePiece = (from: number, to: number, splitPieces: (from: number, to: number) => void): void => {
		if (append(to)) {
			return;
		}

		if (columnAfter(from, to, 0) <= width) {
			breakBefore(from);
			append(to, true);
			return;
		}

		splitPieces(from, to);
	};

	/** Places an over-wide unit by its pieces between kinsoku positions (each a word or a single cluster). */
	const placeSubUnits = (from: number, to: number): void => {
		forEachPiece(levels, from, to, BreakLevel.kinsoku, (start, end) => {
			placePiece(start, end, placeClusters);
		});
	};

	forEachPiece(levels, 0, count, BreakLevel.open, (start, end) => {
		placePiece(start, end, placeSubUnits);
	});

	if (hasContent || lines.length === 0) {
		lines.push({start: starts[lineStart] ?? 0, end: starts[lineEnd] ?? 0});
	}

	return lines;
}

/**
Calls `visit(start, end)` for each piece of clusters [from, to) that begins at a visible cluster whose
level is `boundary` or lower (and at the first visible cluster); `end` excludes trailing spaces.
*/
function forEachPiece(levels: Uint8Array, from: number, to: number, boundary: number, visit: (start: number, end: number) => void): void {
	let start = -1;
	let end = -1;
	for (let index = from; index < to; index++) {
		const level = levels[index] ?? BreakLevel.space;
		if (level === BreakLevel.space) {
			continue;
		}

		if (start < 0 || level <= boundary) {
			if (start >= 0) {
				visit(start, end);
			}

			start = index;
		}

		end = index + 1;
	}

	if (start >= 0) {
		visit(start, end);
	}
}
