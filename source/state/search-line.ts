/**
The search line's editing, as a pure function of its text, its cursor and one key. Kept in the reducer
rather than in an input component: keys typed straight after `/` then reach it however fast they come
(ink-text-input listens only from the frame after it appears, and lost them).
*/

export type SearchLine = {readonly text: string; readonly cursor: number};

export type SearchLineResult =
	| {readonly kind: 'edit'; readonly line: SearchLine}
	| {readonly kind: 'submit' | 'cancel' | 'ignore'};

/** UTF-16 offset of the code point boundary before `offset`. */
function previousBoundary(text: string, offset: number): number {
	if (offset <= 0) {
		return 0;
	}

	const low = text.charCodeAt(offset - 1);
	return offset >= 2 && low >= 0xDC_00 && low <= 0xDF_FF ? offset - 2 : offset - 1;
}

/** UTF-16 offset of the code point boundary after `offset`. */
function nextBoundary(text: string, offset: number): number {
	if (offset >= text.length) {
		return text.length;
	}

	const high = text.charCodeAt(offset);
	return high >= 0xD8_00 && high <= 0xDB_FF ? offset + 2 : offset + 1;
}

/** What a key does to the line: `key` is a key map name (`backspace`, `left`, `ctrl-u`) or typed text. */
export function editSearchLine(line: SearchLine, key: string): SearchLineResult {
	const {text, cursor} = line;
	const edit = (next: string, at: number): SearchLineResult => ({kind: 'edit', line: {text: next, cursor: at}});
	switch (key) {
		case 'enter': {
			return {kind: 'submit'};
		}

		case 'escape': {
			return {kind: 'cancel'};
		}

		case 'backspace': {
			const from = previousBoundary(text, cursor);
			return edit(text.slice(0, from) + text.slice(cursor), from);
		}

		case 'left': {
			return edit(text, previousBoundary(text, cursor));
		}

		case 'right': {
			return edit(text, nextBoundary(text, cursor));
		}

		case 'home':
		case 'ctrl-a': {
			return edit(text, 0);
		}

		case 'end':
		case 'ctrl-e': {
			return edit(text, text.length);
		}

		case 'ctrl-u': {
			return edit(text.slice(cursor), 0);
		}

		case 'ctrl-w': {
			const start = text.slice(0, cursor).replace(/\S+\s*$/u, '').length;
			return edit(text.slice(0, start) + text.slice(cursor), start);
		}

		case 'space': {
			return edit(text.slice(0, cursor) + ' ' + text.slice(cursor), cursor + 1);
		}

		default: {
			// Named keys (arrows are handled above, others like `tab` or `ctrl-x`) do nothing here.
			if (key.length === 0 || /^(?:ctrl-.|tab|up|down|pageUp|pageDown)$/.test(key) || /[\u0000-\u001F\u007F]/.test(key)) {
				return {kind: 'ignore'};
			}

			return edit(text.slice(0, cursor) + key + text.slice(cursor), cursor + key.length);
		}
	}
}

/**
Pasted text as one edit at the cursor: line breaks and tabs become spaces, other control characters
go (a paste is text, never keys: a newline in it must not submit).
*/
export function pasteIntoSearchLine(line: SearchLine, pasted: string): SearchLine {
	const text = pasted.replaceAll(/\r\n|[\r\n\t\u2028\u2029]/g, ' ').replaceAll(/[\u0000-\u001F\u007F-\u009F]/g, '');
	return {text: line.text.slice(0, line.cursor) + text + line.text.slice(line.cursor), cursor: line.cursor + text.length};
}

/** Whether a key name is text the line inserts as it is (not `enter`, `ctrl-w`, `space`…). */
export const isTypedText = (key: string): boolean => [...key].length === 1 && !/[\u0000-\u001F\u007F]/.test(key);
