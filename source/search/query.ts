/**
The query language: what a person types in the search box, turned into terms and filters.

- `香港 国安`: every term must match (AND), anywhere in the headline, lead or body.
- `"a phrase"`: the words together, with their spaces.
- `-term`, `-"a phrase"`: articles that contain it are left out.
- `title:term`: the term must match in the headline (`-title:term` leaves those out).
- `source:法广`, `source:rfi`: the publisher (any of its names, see `source-names.ts`); several are alternatives
  (OR); `-source:bbc` leaves one out.
- `is:unread`, `is:read`, `is:starred` (and `-is:starred`): what the reader marked; the reading state
  answers these (see store/reading-store.ts), the text index does not.
- `after:2020-07-01` (on or after that day), `before:2020-07-10` (strictly before): local midnight;
  `2020-07` and `2020` name a month or a year's start. Articles without a date fail any date filter.

Smart case, per term: a term with an upper-case letter matches case-sensitively (`COVID` does not
match `covid`), one without matches any case.
*/
import {foldText} from './fold.js';
import {parseQueryDate} from './query-date.js';
import {tokenizeQuery, type QueryToken} from './query-tokens.js';
import {sourceNames} from './source-names.js';

/** A text term, folded like the corpus is. */
export type QueryTerm = {
	/** As typed (without quotes, `-` or `title:`), for messages. */
	readonly text: string;
	/** Folded (NFKC, Simplified, lower case, whitespace runs → one space). Never empty. */
	readonly folded: string;
	/** Offsets in `folded` of units typed in upper case; non-empty makes the term case-sensitive. */
	readonly upper: Uint32Array;
	readonly negated: boolean;
	readonly titleOnly: boolean;
};

/** A condition on the reading state: `is:unread` is `{mark: 'read', present: false}`. */
export type MarkCondition = {readonly mark: 'read' | 'starred'; readonly present: boolean};

export type Query = {
	readonly terms: readonly QueryTerm[];
	/** Conditions on read marks and stars, all of which must hold. */
	readonly marks: readonly MarkCondition[];
	/** Folded publisher names; an article matches when its folded source contains any. Empty: any. */
	readonly sources: readonly string[];
	/** Folded publisher names an article's source must contain none of. */
	readonly excludedSources: readonly string[];
	/** Inclusive lower bound on `Article.date`, epoch ms, or null. */
	readonly after: number | null;
	/** Exclusive upper bound on `Article.date`, epoch ms, or null. */
	readonly before: number | null;
};

/** The query that matches every article. */
export const emptyQuery: Query = {terms: [], marks: [], sources: [], excludedSources: [], after: null, before: null};

type Draft = {
	terms: QueryTerm[];
	marks: MarkCondition[];
	sources: string[];
	excludedSources: string[];
	after: number | null;
	before: number | null;
};

function addTerm(draft: Draft, token: QueryToken, problems: string[]): void {
	// Spaces inside a phrase are kept (as one space); NUL separates fields in the index, never match it.
	const {text: folded, upper} = foldText(token.value.replaceAll('\0', ''));
	const trimmed = folded.trim();
	if (trimmed.length === 0) {
		if (token.quoted || token.key === 'title') {
			problems.push(`Empty ${token.key === 'title' ? 'title:' : 'phrase'} ignored`);
		}

		return;
	}

	const shift = folded.indexOf(trimmed);
	const kept = upper.filter(offset => offset >= shift && offset < shift + trimmed.length).map(offset => offset - shift);
	draft.terms.push({text: token.value, folded: trimmed, upper: kept, negated: token.negated, titleOnly: token.key === 'title'});
}

function addSource(draft: Draft, token: QueryToken, problems: string[]): void {
	const value = token.value.trim();
	if (value.length === 0) {
		problems.push('Empty source: ignored');
		return;
	}

	const names = sourceNames(value).map(name => foldText(name).text);
	(token.negated ? draft.excludedSources : draft.sources).push(...names);
}

function addDate(draft: Draft, token: QueryToken, problems: string[]): void {
	const date = parseQueryDate(token.value.trim());
	if (date === null) {
		problems.push(`Not a date (use YYYY-MM-DD): ${token.key ?? ''}:${token.value}`);
		return;
	}

	if (token.negated) {
		problems.push(`-${token.key ?? ''}: is not supported; use ${token.key === 'after' ? 'before' : 'after'}: instead`);
		return;
	}

	// Two bounds of one kind: the stricter wins, as if both had to hold.
	if (token.key === 'after') {
		draft.after = draft.after === null ? date : Math.max(draft.after, date);
	} else {
		draft.before = draft.before === null ? date : Math.min(draft.before, date);
	}
}

const markWords: Readonly<Record<string, MarkCondition>> = {
	unread: {mark: 'read', present: false},
	read: {mark: 'read', present: true},
	starred: {mark: 'starred', present: true},
};

function addMark(draft: Draft, token: QueryToken, problems: string[]): void {
	const condition = markWords[token.value.trim().toLowerCase()];
	if (condition === undefined) {
		problems.push(`Unknown is:${token.value} (use is:unread, is:read or is:starred)`);
		return;
	}

	draft.marks.push(token.negated ? {...condition, present: !condition.present} : condition);
}

/**
Parse a query. Never throws: whatever can be understood is searched, and the rest is described in
`problems` (unclosed quote, bad date, empty `source:`), ready to show to the person typing.

@example
parseQuery('香港 -"国安法" source:rfi after:2020-07-01').problems; //=> []
parseQuery('"香港').problems; //=> ['Unclosed quote: "香港']
*/
export function parseQuery(text: string): {query: Query; problems: string[]} {
	const problems: string[] = [];
	const draft: Draft = {terms: [], marks: [], sources: [], excludedSources: [], after: null, before: null};
	for (const token of tokenizeQuery(text, problems)) {
		switch (token.key) {
			case 'source': {
				addSource(draft, token, problems);
				break;
			}

			case 'after':
			case 'before': {
				addDate(draft, token, problems);
				break;
			}

			case 'is': {
				addMark(draft, token, problems);
				break;
			}

			default: {
				addTerm(draft, token, problems);
			}
		}
	}

	return {query: draft, problems};
}
