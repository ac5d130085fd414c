/**
Messages to the user on stderr. File names come from the corpus and may hold anything, so every one
is quoted with its control, bidi and line-separator characters escaped: a name can never move the
cursor or retitle the window through an error message.
*/

const unsafe = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069"\\]/g;

/** `"name"` with every unsafe character written as an escape (`\n`, `\u001b`). */
export function quote(text: string): string {
	return `"${text.replaceAll(unsafe, ch => {
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
	})}"`;
}

/** One error line, prefixed with the program name. */
export function errorLine(message: string): string {
	return `corpus-reader: ${message}\n`;
}
