/** The screen's vocabulary: styled pieces of text and the lines they make, shared by the layout, the frame and the UI. */

/** How a piece of a line looks; the UI turns it into terminal attributes through its theme. */
export type Style = {
	readonly bold?: boolean;
	readonly dim?: boolean;
	/** Slanted: emphasis and quotes in Latin (and other alphabetic) text. */
	readonly italic?: boolean;
	/** Emphasis and quotes in Han text, which is never slanted: the theme gives it a colour, or an underline. */
	readonly accent?: boolean;
	readonly link?: boolean;
	/**
	Where a link goes, for terminals that show OSC 8 hyperlinks: `id` (its number) is the same on every
	line of one link, so the terminal takes them as one. The UI checks `url` before it writes it.
	*/
	readonly hyperlink?: {readonly url: string; readonly id: number};
	/** Part of a search hit. */
	readonly hit?: boolean;
	/** Part of the hit `n`/`N` stand on. */
	readonly current?: boolean;
	/** The selected row of the list. */
	readonly selected?: boolean;
};

export type Segment = {readonly text: string; readonly style: Style};
/** One screen line: segments whose widths add up to at most the width it was laid out for. */
export type DisplayLine = readonly Segment[];
