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

const controlNames: Readonly<Record<string, string>> = {'\t': 'tab', '\r': 'enter', '\n': 'enter', '\u007F': 'backspace', '\b': 'backspace', ' ': 'space'};

/**
Every key in one input event. Ink splits a chunk only at escape sequences, so keys typed faster than
the terminal is read (`jj`, a pasted `gG`) arrive together as one string: each is a key of its own.
*/
export function keyNames(input: string, key: KeyFlags): string[] {
	const single = keyName(input, key);
	if (single !== input || [...input].length < 2) {
		return [single];
	}

	return [...input].map(character => controlNames[character] ?? character);
}
