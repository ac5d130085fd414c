/**
Where the panes go for a terminal size: side by side from 100 columns (the list about 40%), stacked
(list above, reader below) when narrower, and a one-line message when too small for either.

The reader's text is an even number of columns wide (Han characters take two, so an odd width leaves
the last column of every Chinese line empty) and at most the measure cap wide; what is left of the pane
is split into margins, so a capped column of text sits in the middle of its pane.
*/

export type Size = {readonly columns: number; readonly rows: number};

export type Box = {readonly width: number; readonly height: number};

export type Layout =
	| {readonly kind: 'tooSmall'; readonly size: Size}
	| {
		readonly kind: 'side' | 'stacked';
		readonly size: Size;
		readonly list: Box;
		/** The reader pane's box; its text is `textWidth` wide, `textLeft` columns from the pane's left edge. */
		readonly reader: Box;
		readonly textWidth: number;
		readonly textLeft: number;
	};

export const minimumSize: Size = {columns: 30, rows: 8};
export const sideBySideFrom = 100;

/** The default measure: 40 Han characters a line, about what a printed page or an e-reader sets. */
export const defaultMeasure = 40;

/** The default cap on the reader's text width, in columns: the default measure of two-column characters. */
export const defaultMaxTextWidth = 2 * defaultMeasure;

/** Rows kept clear above and below the selection while the list scrolls. */
export const scrollMargin = 3;

/** A column of margin on each side of the reader's text, at the least. */
const margin = 1;

/**
The reader's text width in a pane that has `columns` for text: even, and no wider than `maxTextWidth`
(null: no cap), but at least one column.

@example
readerTextWidth(69, 80) //=> 68
readerTextWidth(117, 80) //=> 80
*/
export function readerTextWidth(columns: number, maxTextWidth: number | null): number {
	const even = columns - (columns % 2);
	return Math.max(1, maxTextWidth === null ? even : Math.min(even, maxTextWidth));
}

/** The text's width and place in a reader pane `paneWidth` wide: centred, an odd column left over going right. */
function textIn(paneWidth: number, maxTextWidth: number | null): {textWidth: number; textLeft: number} {
	const inside = paneWidth - (2 * margin);
	const textWidth = readerTextWidth(inside, maxTextWidth);
	return {textWidth, textLeft: margin + Math.floor((inside - textWidth) / 2)};
}

/** The panes for a terminal `size`, the reader's text capped at `maxTextWidth` columns (null: no cap). */
export function layoutFor(size: Size, maxTextWidth: number | null): Layout {
	if (size.columns < minimumSize.columns || size.rows < minimumSize.rows) {
		return {kind: 'tooSmall', size};
	}

	// One row for the status bar at the bottom.
	const paneRows = size.rows - 1;
	if (size.columns >= sideBySideFrom) {
		const listWidth = Math.round(size.columns * 0.4);
		// One column for the separator between the panes.
		const readerWidth = size.columns - listWidth - 1;
		return {
			kind: 'side',
			size,
			list: {width: listWidth, height: paneRows},
			reader: {width: readerWidth, height: paneRows},
			...textIn(readerWidth, maxTextWidth),
		};
	}

	// One row for the separator between the panes.
	const listHeight = Math.max(3, Math.floor((paneRows - 1) * 0.35));
	return {
		kind: 'stacked',
		size,
		list: {width: size.columns, height: listHeight},
		reader: {width: size.columns, height: paneRows - 1 - listHeight},
		...textIn(size.columns, maxTextWidth),
	};
}
