/** Jekyll front matter: the `---` block some archives put first. Only flat `key: value` lines matter. */

export type FrontMatter = Readonly<Record<string, string>>;

export type FrontMatterSplit = {
	/** Null when the text has no front matter. */
	readonly fields: FrontMatter | null;
	/** The text after the closing `---`. */
	readonly rest: string;
};

const opening = /^---[ \t]*\n/;
const closing = /\n---[ \t]*(?:\n|$)/;

/** A YAML scalar as these files write it: bare, `"double"` with backslash escapes, or `'single'`. */
function unquote(raw: string): string {
	const value = raw.trim();
	if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
		return value.slice(1, -1).replace(/\\(u[\da-fA-F]{4}|.)/g, (_match, escaped: string) => {
			if (escaped.length === 5) {
				return String.fromCodePoint(Number.parseInt(escaped.slice(1), 16));
			}

			return ({n: '\n', t: '\t', r: ''} as Record<string, string>)[escaped] ?? escaped;
		});
	}

	if (value.length >= 2 && value.startsWith('\'') && value.endsWith('\'')) {
		return value.slice(1, -1).replaceAll('\'\'', '\'');
	}

	return value;
}

/** Splits leading front matter from the text. Text without one comes back whole with `fields: null`. */
export function splitFrontMatter(text: string): FrontMatterSplit {
	if (!opening.test(text)) {
		return {fields: null, rest: text};
	}

	const start = text.indexOf('\n') + 1;
	const end = closing.exec(text.slice(start - 1));
	if (!end) {
		return {fields: null, rest: text};
	}

	const block = text.slice(start, start - 1 + end.index);
	const fields: Record<string, string> = {};
	for (const line of block.split('\n')) {
		const field = /^([A-Za-z_][\w-]*):(.*)$/.exec(line);
		if (field?.[1] !== undefined && field[2] !== undefined) {
			fields[field[1].toLowerCase()] = unquote(field[2]);
		}
	}

	return {fields, rest: text.slice(start - 1 + end.index + end[0].length)};
}

/** The first entry of a flow list (`[ 路透 ]`), or the value itself when it is not a list. */
export function firstListEntry(value: string | undefined): string {
	if (value === undefined) {
		return '';
	}

	const list = /^\[(.*)\]$/.exec(value.trim());
	return (list ? (list[1] ?? '').split(',')[0] ?? '' : value).trim();
}
