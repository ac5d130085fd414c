/**
Where the panes go for a terminal size: side by side from 100 columns (the list about 40%), stacked
(list above, reader below) when narrower, and a one-line message when too small for either.
*/

export type Size = {readonly columns: number; readonly rows: number};

export type Box = {readonly width: number; readonly height: number};

export type Layout =
	| {readonly kind: 'tooSmall'; readonly size: Size}
	| {
		readonly kind: 'side' | 'stacked';
		readonly size: Size;
		readonly list: Box;
		/** The reader pane's box; its text is `textWidth` wide, inside a margin. */
		readonly reader: Box;
		readonly textWidth: number;
	};

export const minimumSize: Size = {columns: 30, rows: 8};
export const sideBySideFrom = 100;

/** Rows kept clear above and below the selection while the list scrolls. */
export const scrollMargin = 3;

export function layoutFor(size: Size): Layout {
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
			textWidth: readerWidth - 2,
		};
	}

	// One row for the separator between the panes.
	const listHeight = Math.max(3, Math.floor((paneRows - 1) * 0.35));
	return {
		kind: 'stacked',
		size,
		list: {width: size.columns, height: listHeight},
		reader: {width: size.columns, height: paneRows - 1 - listHeight},
		textWidth: size.columns - 2,
	};
}
