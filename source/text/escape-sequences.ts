/**
Terminal escape sequences inside text a library user hands to `wrapText` (already coloured by chalk,
say, or holding OSC 8 hyperlinks): found, so that they can be laid out as zero-width and never split.

Corpus text never holds any: `sanitizeText` removes them before a string reaches the article model.
*/

/** One escape sequence and where it stood, as an offset into the text without escapes. */
export type EscapeSequence = {readonly offset: number; readonly sequence: string};

/** A text split into what is shown and the escape sequences between. */
export type EscapedText = {readonly plain: string; readonly escapes: readonly EscapeSequence[]};

// What /shared/typography/check.mjs and string-width take as zero-width: CSI (7-bit and 8-bit), and
// OSC up to BEL or ST. Anything else is shown as it is.
const ESCAPE_SEQUENCE = /\u001B\[[0-?]*[ -/]*[@-~]|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)|\u009B[0-?]*[ -/]*[@-~]/g;

/** Whether `text` may hold an escape sequence: the cheap test before `separateEscapes`. */
export function mayHoldEscapes(text: string): boolean {
	return text.includes('\u001B') || text.includes('\u009B');
}

/**
The shown text of `text` and its escape sequences, in order.

@example
separateEscapes('a\u001B[31mb')
//=> {plain: 'ab', escapes: [{offset: 1, sequence: '\u001B[31m'}]}
*/
export function separateEscapes(text: string): EscapedText {
	const escapes: EscapeSequence[] = [];
	let plain = '';
	let copied = 0;
	for (const match of text.matchAll(ESCAPE_SEQUENCE)) {
		plain += text.slice(copied, match.index);
		escapes.push({offset: plain.length, sequence: match[0]});
		copied = match.index + match[0].length;
	}

	return {plain: plain + text.slice(copied), escapes};
}
