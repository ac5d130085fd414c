/** The part of Ink's key record that naming a key needs (kept here so state stays free of Ink). */
export type KeyFlags = {
	readonly upArrow: boolean;
	readonly downArrow: boolean;
	readonly leftArrow: boolean;
	readonly rightArrow: boolean;
	readonly pageUp: boolean;
	readonly pageDown: boolean;
	readonly home: boolean;
	readonly end: boolean;
	readonly return: boolean;
	readonly escape: boolean;
	readonly tab: boolean;
	readonly ctrl: boolean;
	readonly backspace: boolean;
	readonly delete: boolean;
};

const named: ReadonlyArray<[keyof KeyFlags, string]> = [
	['upArrow', 'up'], ['downArrow', 'down'], ['leftArrow', 'left'], ['rightArrow', 'right'],
	['pageUp', 'pageUp'], ['pageDown', 'pageDown'], ['home', 'home'], ['end', 'end'],
	['return', 'enter'], ['escape', 'escape'], ['tab', 'tab'], ['backspace', 'backspace'], ['delete', 'backspace'],
];

/** The key map's name for a keypress: `up`, `ctrl-c`, `space`, or the character typed. */
export function keyName(input: string, key: KeyFlags): string {
	for (const [flag, name] of named) {
		if (key[flag]) {
			return name;
		}
	}

	if (key.ctrl) {
		return `ctrl-${input}`;
	}

	return input === ' ' ? 'space' : input;
}

const controlNames: Readonly<Record<string, string>> = {'\t': 'tab', '\r': 'enter', '\n': 'enter', '\u007F': 'backspace', '\b': 'backspace', ' ': 'space', '\u001B': 'escape'};

/** The key map's name for one character as the terminal sends it: `\r` is `enter`, `\u0003` is `ctrl-c`. */
function characterName(character: string): string {
	const named = controlNames[character];
	if (named !== undefined) {
		return named;
	}

	const code = character.codePointAt(0) ?? 0;
	// Ctrl with a letter sends 1 to 26.
	return code >= 1 && code <= 26 ? `ctrl-${String.fromCodePoint(code + 96)}` : character;
}

const escape = '\u001B';

/**
Whether an input event is Esc and then a key, typed faster than the terminal was read: Ink reads
`\u001Bj` as Alt-j (and `\u001B/` as a plain `/`), but the reader binds no Alt keys, so Esc followed by
anything that does not make an escape sequence (`\u001B[`, `\u001BO`) is two keys.
*/
const startsWithLoneEscape = (raw: string): boolean => raw.length > 1 && raw.startsWith(escape) && raw[1] !== '[' && raw[1] !== 'O';

/**
Every key in one input event, `raw` being the event's text as the terminal sent it. Ink splits a chunk
only at escape sequences, so keys typed faster than the terminal is read (`jj`, a pasted `gG`, `5j`)
arrive together as one string: each is a key of its own; and an Esc typed just before a key comes
with it (see `startsWithLoneEscape`).
*/
export function keyNames(input: string, key: KeyFlags, raw: string = input): string[] {
	if (startsWithLoneEscape(raw)) {
		const rest = raw.slice(1);
		// Esc before an escape sequence (`\u001B\u001B[A`, Esc then ↑): Ink has named the sequence.
		return ['escape', ...(rest.startsWith(escape) && rest.length > 1 ? keyNames(input, {...key, escape: false}, rest) : [characterName(rest)])];
	}

	const single = keyName(input, key);
	if (single !== input || [...input].length < 2) {
		return [single.length === 1 ? characterName(single) : single];
	}

	return [...input].map(character => characterName(character));
}
