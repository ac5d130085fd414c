/**
 * Byte sequences a terminal sends for common keys, in the form xterm-256color uses in normal
 * (not application) cursor mode, which is what Ink and Node's readline expect.
 *
 * @example
 * ```
 * session.write(keys.down + keys.enter);
 * ```
 */
export const keys = {
	up: '\u001B[A',
	down: '\u001B[B',
	right: '\u001B[C',
	left: '\u001B[D',
	pageUp: '\u001B[5~',
	pageDown: '\u001B[6~',
	home: '\u001B[H',
	end: '\u001B[F',
	tab: '\t',
	shiftTab: '\u001B[Z',
	enter: '\r',
	escape: '\u001B',
	space: ' ',
	ctrlC: '\u0003',
	ctrlD: '\u0004',
	backspace: '\u007F',
} as const;

/** The name of a key in {@link keys}. */
export type KeyName = keyof typeof keys;
