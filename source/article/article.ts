/**
The typed article every other module works on: one file in, one `Article` out.

Every string in an `Article` is already sanitised: no control characters, escape sequences or bidi
overrides survive, so any of it may be written to a terminal as it is.
*/

/** A run of inline text. Paragraph text is a list of these, in reading order. */
export type Inline =
	| {readonly type: 'text'; readonly text: string}
	| {readonly type: 'strong'; readonly text: string}
	| {readonly type: 'emphasis'; readonly text: string}
	/** `href` is absolute (resolved against the article URL). */
	| {readonly type: 'link'; readonly text: string; readonly href: string};

/** Kinds of blocks that hold inline text. */
export type TextBlockType = 'paragraph' | 'heading' | 'quote' | 'listItem' | 'caption';

export type MediaKind = 'video' | 'audio' | 'iframe';

export type Block =
	| {readonly type: TextBlockType; readonly runs: readonly Inline[]}
	/** `src` is absolute, or empty when the file gave none usable. */
	| {readonly type: 'image'; readonly alt: string; readonly src: string}
	| {readonly type: 'media'; readonly kind: MediaKind; readonly url: string};

export type Article = {
	/** The file it came from, as given to `parseArticle`. */
	readonly path: string;
	/** Publication time in epoch milliseconds, or null when the file carries none. */
	readonly date: number | null;
	readonly headline: string;
	/** Section named by the headline suffix (RFI ` - 要闻分析`), or null. */
	readonly section: string | null;
	/** Publisher: from a headline suffix, CDT prefix, front matter `author:`, else the parent folder. */
	readonly source: string;
	/** Absolute article URL, or null. */
	readonly url: string | null;
	/** The leading bold paragraph, or null where there is none. */
	readonly lead: readonly Inline[] | null;
	readonly blocks: readonly Block[];
	/** What was odd about the file but did not stop it from parsing (e.g. invalid UTF-8). */
	readonly warnings: readonly string[];
};

/** The plain text of a list of runs, exactly as the reader shows it (search offsets index into this). */
export function runsText(runs: readonly Inline[]): string {
	let text = '';
	for (const run of runs) {
		text += run.text;
	}

	return text;
}

/** The plain text of a block that holds text, or null for images and media. */
export function blockText(block: Block): string | null {
	return block.type === 'image' || block.type === 'media' ? null : runsText(block.runs);
}

/** What a body's HTML gives: the lead (bold opening) when it has one, and the blocks after it. */
export type BodyContent = {
	readonly lead: readonly Inline[] | null;
	readonly blocks: readonly Block[];
};
