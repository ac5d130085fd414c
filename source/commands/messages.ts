/**
Messages to the user on stderr. File names come from the corpus and may hold anything, so every one
is quoted with its control, bidi and line-separator characters escaped: a name can never move the
cursor or retitle the window through an error message. Whatever else a message carries (a reason
from the system) is escaped the same way, but for its line breaks.
*/

// C0, DEL, C1, the bidi controls and marks, and the Unicode line separators.
const controls = String.raw`\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069`;
const unsafeInQuotes = new RegExp(`[${controls}"\\\\]`, 'g');
const unsafeInLine = new RegExp(`[${controls.replace(String.raw`\u0000-\u001F`, String.raw`\u0000-\u0009\u000B-\u001F`)}]`, 'g');

const escapeCharacter = (ch: string): string => {
	switch (ch) {
		case '\n': {
			return '\\n';
		}

		case '"': {
			return '\\"';
		}

		case '\\': {
			return '\\\\';
		}

		default: {
			return `\\u${ch.codePointAt(0)?.toString(16).padStart(4, '0') ?? ''}`;
		}
	}
};

/** `"name"` with every unsafe character written as an escape (`\n`, `\u001b`). */
export function quote(text: string): string {
	return `"${text.replaceAll(unsafeInQuotes, escapeCharacter)}"`;
}

/**
`text` with every control, bidi and separator character but the newline written as an escape, so it
can go to a terminal as it is.

@example
escapeControls('a\u001b[2Jb') // 'a\\u001b[2Jb'
*/
export function escapeControls(text: string): string {
	return text.replaceAll(unsafeInLine, escapeCharacter);
}

/** One error line, prefixed with the program name; any control character in it is escaped. */
export function errorLine(message: string): string {
	return `corpus-reader: ${escapeControls(message)}\n`;
}

/** What an unexpected error becomes: one line (and its stack with CORPUS_READER_DEBUG), the same wherever it is caught. */
export function crashReport(error: unknown): string {
	const line = errorLine(`internal error: ${error instanceof Error ? error.message : String(error)}`);
	return process.env.CORPUS_READER_DEBUG && error instanceof Error ? `${line}${error.stack ?? ''}\n` : line;
}
