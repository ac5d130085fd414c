/**
Splitting a query into tokens: `-` for exclusion, an optional `key:` and a value that is a word or a
`"quoted phrase"`. Never throws: an unclosed quote runs to the end and is reported.
*/

/** One token of a query, before its meaning is worked out. */
export type QueryToken = {
	readonly negated: boolean;
	/** `source`, `after`, `before`, `title` in lower case, or null for a plain term. */
	readonly key: string | null;
	readonly value: string;
	readonly quoted: boolean;
};

const keys = new Set(['source', 'after', 'before', 'title', 'is']);
const space = /\s/u;

function readValue(text: string, start: number, problems: string[]): {value: string; quoted: boolean; end: number} {
	if (text[start] === '"') {
		const close = text.indexOf('"', start + 1);
		if (close === -1) {
			problems.push(`Unclosed quote: ${text.slice(start)}`);
			return {value: text.slice(start + 1), quoted: true, end: text.length};
		}

		return {value: text.slice(start + 1, close), quoted: true, end: close + 1};
	}

	let end = start;
	while (end < text.length && !space.test(text.charAt(end))) {
		end++;
	}

	return {value: text.slice(start, end), quoted: false, end};
}

/** The tokens of `text`, in order; problems (an unclosed quote) are appended to `problems`. */
export function tokenizeQuery(text: string, problems: string[]): QueryToken[] {
	const tokens: QueryToken[] = [];
	let index = 0;
	while (index < text.length) {
		if (space.test(text.charAt(index))) {
			index++;
			continue;
		}

		let negated = false;
		// A lone `-` (or one before a space) is a word being typed, not an exclusion yet.
		if (text[index] === '-' && index + 1 < text.length && !space.test(text.charAt(index + 1))) {
			negated = true;
			index++;
		}

		let key: string | null = null;
		const colon = /^([a-zA-Z]+):/.exec(text.slice(index, index + 8));
		if (colon?.[1] && keys.has(colon[1].toLowerCase())) {
			key = colon[1].toLowerCase();
			index += colon[0].length;
		}

		const {value, quoted, end} = readValue(text, index, problems);
		index = end;
		tokens.push({negated, key, value, quoted});
	}

	return tokens;
}
