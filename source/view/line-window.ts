/**
The part of an open line (search or command) that fits its columns, chosen so the cursor is always in
sight: a long query scrolls sideways, by half the width at a time (as ksh and zsh do), so the text
jumps when the cursor nears an edge rather than sliding under it at every key.
*/
import type {Segment} from '../screen/display-line.js';
import type {Measure} from '../text/measure.js';

const ellipsis = '…';

/** UTF-16 length of the code point at `offset` (0 at the end). */
const codePointLength = (text: string, offset: number): number => {
	const point = text.codePointAt(offset);
	return point === undefined ? 0 : (point > 0xFF_FF ? 2 : 1);
};

/** The first code point boundary at or after `column` columns into `text`. */
function offsetAtColumn(text: string, column: number, measure: Measure): number {
	let offset = 0;
	let used = 0;
	while (offset < text.length && used < column) {
		const length = codePointLength(text, offset);
		used += measure.width(text.slice(offset, offset + length));
		offset += length;
	}

	return offset;
}

/**
The line's segments for `columns` columns: a leading `…` when its start is scrolled away, the text
before the cursor, the cursor as an inverse cell, and the rest (cut by the caller's `fitSegments`,
which leaves the cursor whole: the last columns are kept for its `…`).
*/
export function lineWindow(text: string, cursor: number, columns: number, measure: Measure): Segment[] {
	const under = text.slice(cursor, cursor + codePointLength(text, cursor));
	const underWidth = under === '' ? 1 : measure.width(under);
	const beforeWidth = measure.width(text.slice(0, cursor));
	// The last columns are kept for the `…` that says the text goes on (two where `…` is wide).
	const ellipsisWidth = measure.width(ellipsis);
	const room = columns - ellipsisWidth;
	let start = 0;
	if (beforeWidth + underWidth > room) {
		const inner = Math.max(1, room - ellipsisWidth);
		const step = Math.max(1, Math.floor(inner / 2));
		let column = Math.max(0, (Math.floor(beforeWidth / step) - 1) * step);
		// A wide character under the cursor can need one step more.
		while (column < beforeWidth && beforeWidth - column + underWidth > inner) {
			column += step;
		}

		start = Math.min(cursor, offsetAtColumn(text, column, measure));
	}

	const segments: Segment[] = start > 0 ? [{text: ellipsis, style: {dim: true}}] : [];
	segments.push(
		{text: text.slice(start, cursor), style: {}},
		// The cursor as a cell in inverse video: the terminal's own cursor stays hidden.
		{text: under || ' ', style: {selected: true}},
		{text: text.slice(cursor + under.length), style: {}},
	);
	return segments.filter(segment => segment.text !== '');
}
