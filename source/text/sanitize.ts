/**
Removing everything from corpus text that could act on a terminal instead of being shown by it.

The corpus is untrusted: a feed can carry escape sequences (set the window title, write the
clipboard through OSC 52, clear the screen), bidi overrides that reorder what the reader sees, and
stray control bytes. All of it goes before any string reaches the article model.
*/

export type SanitizeOptions = {
	/** Keep tab and newline (U+2028/U+2029 become newlines too); otherwise they become spaces. */
	readonly keepNewlines?: boolean;
};

// One alternation, tried left to right at each position, so whole sequences go before their parts.
const unsafe = new RegExp(
	[
		// CSI: ESC [ or 8-bit U+009B, parameters, intermediates, one final byte.
		String.raw`(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?`,
		// OSC: ESC ] or U+009D, payload up to BEL or ST (ESC \ or U+009C), or the end if unterminated.
		String.raw`(?:\x1b\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?`,
		// DCS, SOS, PM, APC (7-bit and 8-bit): payload up to ST.
		String.raw`(?:\x1b[PX^_]|[\x90\x98\x9e\x9f])[^\x1b\x9c]*(?:\x1b\\|\x9c)?`,
		// Other ESC sequences: intermediates then one final byte (ESC c resets the terminal).
		String.raw`\x1b[ -/]*[0-~]?`,
		// Remaining C0 (tab, newline handled below), DEL and C1 controls.
		String.raw`[\x00-\x08\x0b-\x1f\x7f-\x9f]`,
		// Bidi embeddings, overrides, isolates and marks.
		String.raw`[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]`,
		// Tab, newline and the Unicode line and paragraph separators.
		String.raw`[\t\n\u2028\u2029]`,
	].join('|'),
	'g',
);

// Cheap pre-check: most strings hold none of these, and test() is faster than a replace pass.
const anyUnsafe = /[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u2028\u2029]/;

/**
Returns `text` without control characters, escape sequences (CSI, OSC, DCS, APC, PM, SOS, in
their 7-bit and 8-bit forms, with their payloads), bidi controls, and carriage returns.

Tab, newline, U+2028 and U+2029 become a space, or are kept (the separators as `\n`) with
`keepNewlines`. NBSP, U+3000, zero-width joiners and emoji are content and stay.

@example
sanitizeText('a\u001b]0;title\u0007b') // 'ab'
sanitizeText('x\u202Ey') // 'xy'
*/
export function sanitizeText(text: string, options: SanitizeOptions = {}): string {
	if (!anyUnsafe.test(text)) {
		return text;
	}

	const keep = options.keepNewlines === true;
	return text.replace(unsafe, match => {
		switch (match) {
			case '\t': {
				return keep ? '\t' : ' ';
			}

			case '\n':
			case '\u2028':
			case '\u2029': {
				return keep ? '\n' : ' ';
			}

			default: {
				return '';
			}
		}
	});
}

// What JSON.stringify leaves raw but a terminal may act on: C1 controls (U+009B is CSI on some
// terminals), bidi controls, and the separators some parsers take for line ends.
const jsonUnsafe = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u2028\u2029]/g;

/**
Escapes, in JSON text, the characters `JSON.stringify` passes through raw that could act on a
terminal: DEL, C1 controls, bidi controls and U+2028/U+2029. They can only stand inside JSON strings,
where `\uXXXX` means the same, so the value is unchanged for any JSON reader.

@example
escapeJsonControls(JSON.stringify('a\u202Eb')) // '"a\\u202eb"'
*/
export function escapeJsonControls(json: string): string {
	return json.replace(jsonUnsafe, ch => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
