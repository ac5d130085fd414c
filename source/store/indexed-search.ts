/**
Search answered from the index: each term's grams find the candidate headlines and bodies in the
full-text tables, a plain search of their folded text confirms those the grams cannot settle (see
grams.ts), and the date and source filters run over compact columns. The result is exactly what the
in-memory engine (search/match.ts) gives on the same articles: the same terms, case rules and
filters, checked by the same `findTerm`.
*/
import type Database from 'better-sqlite3';
import {foldText} from '../search/fold.js';
import type {Query, QueryTerm} from '../search/query.js';
import {findTerm} from '../search/term-match.js';
import type {Catalog, Columns} from './catalog.js';
import {blobOffsets} from './file-row.js';
import {gramsAreExact, gramsQuery, termGrams} from './grams.js';

type Statements = {
	readonly headlines: Database.Statement;
	readonly bodies: Database.Statement;
	readonly headline: Database.Statement;
	readonly body: Database.Statement;
};

const prepared = new WeakMap<Database.Database, Statements>();

function statementsOf(db: Database.Database): Statements {
	let statements = prepared.get(db);
	if (statements === undefined) {
		statements = {
			headlines: db.prepare('SELECT rowid FROM headline_grams WHERE headline_grams MATCH ?').pluck(),
			bodies: db.prepare('SELECT rowid FROM body_grams WHERE body_grams MATCH ?').pluck(),
			headline: db.prepare('SELECT folded_headline AS folded, headline_upper AS upper FROM files WHERE id = ?'),
			body: db.prepare('SELECT folded, upper FROM texts WHERE id = ?'),
		};
		prepared.set(db, statements);
	}

	return statements;
}

/** The rows of `table` (by its grams) whose folded text contains `term`. */
function rowsWith(term: QueryTerm, find: Database.Statement, read: Database.Statement): number[] {
	const rows = find.all(gramsQuery(termGrams(term))) as number[];
	if (gramsAreExact(term)) {
		return rows;
	}

	return rows.filter(row => {
		const stored = read.get(row) as {folded: unknown; upper: unknown} | undefined;
		return typeof stored?.folded === 'string' && findTerm(stored.folded, blobOffsets(stored.upper), term) !== -1;
	});
}

/** A flag per position: the article contains `term` (in its headline, or anywhere unless `title:`). */
function positionsWith(statements: Statements, columns: Columns, term: QueryTerm): Uint8Array {
	const flags = new Uint8Array(columns.fileIds.length);
	for (const file of rowsWith(term, statements.headlines, statements.headline)) {
		const position = columns.positionOf[file] ?? -1;
		if (position >= 0) {
			flags[position] = 1;
		}
	}

	if (!term.titleOnly) {
		const texts = new Set(rowsWith(term, statements.bodies, statements.body));
		if (texts.size > 0) {
			for (let position = 0; position < flags.length; position++) {
				if (texts.has(columns.textIds[position] ?? 0)) {
					flags[position] = 1;
				}
			}
		}
	}

	return flags;
}

/** Which distinct sources pass the query's `source:` filters. */
function sourcesPassing(columns: Columns, query: Query): Uint8Array {
	return Uint8Array.from(columns.sources, name => {
		const source = foldText(name).text;
		return (query.sources.length === 0 || query.sources.some(wanted => source.includes(wanted)))
			&& !query.excludedSources.some(unwanted => source.includes(unwanted)) ? 1 : 0;
	});
}

/**
The positions (in reading order, ascending) of the catalog's articles that match `query`. Bodies not
yet folded (see index-texts.ts) are not searched: index them first for a complete answer.

@example
searchIndex(db, catalog, parseQuery('香港 -国安').query).map(position => catalog.at(position)?.headline);
*/
export function searchIndex(db: Database.Database, catalog: Catalog, query: Query): number[] {
	const columns = catalog.columns();
	const statements = statementsOf(db);
	const sources = sourcesPassing(columns, query);
	// Positive terms first, so that exclusions only look at what is left; a term given twice is looked up once
	// (a pasted paragraph repeats words).
	const distinct = new Map(query.terms.map(term => [`${Number(term.negated)}${Number(term.titleOnly)}${term.folded}\0${term.upper.join(',')}`, term]));
	const terms = [...distinct.values()].sort((a, b) => Number(a.negated) - Number(b.negated));
	let matches: number[] = [];
	for (let position = 0; position < columns.fileIds.length; position++) {
		const date = columns.dates[position] ?? Number.NaN;
		// NaN (no date) fails both comparisons, so undated articles fail any date filter.
		if ((query.after !== null && !(date >= query.after)) || (query.before !== null && !(date < query.before))) {
			continue;
		}

		if (sources[columns.sourceOf[position] ?? 0] === 1) {
			matches.push(position);
		}
	}

	// One term at a time, narrowing: once nothing is left, the other terms are not looked up.
	for (const term of terms) {
		if (matches.length === 0) {
			break;
		}

		const flags = positionsWith(statements, columns, term);
		matches = matches.filter(position => (flags[position] === 1) !== term.negated);
	}

	return matches;
}
