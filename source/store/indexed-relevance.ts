/** Relevance order for matches found in the index, scored exactly as the in-memory engine scores them. */
import type Database from 'better-sqlite3';
import type {Query} from '../search/query.js';
import {orderByScore, scoreText} from '../search/relevance.js';
import type {Catalog} from './catalog.js';
import {blobOffsets} from './file-row.js';

/** `matches` (positions) ordered by `scoreText` over the headline, NUL, and the body, as search-index.ts joins them. */
export function sortIndexedByRelevance(db: Database.Database, catalog: Catalog, matches: readonly number[], query: Query): number[] {
	const columns = catalog.columns();
	const headline = db.prepare('SELECT folded_headline AS folded, headline_upper AS upper FROM files WHERE id = ?');
	const body = db.prepare('SELECT folded, upper FROM texts WHERE id = ?');
	return orderByScore(matches.map(position => {
		const head = headline.get(columns.fileIds[position] ?? 0) as {folded: unknown; upper: unknown} | undefined;
		const rest = body.get(columns.textIds[position] ?? 0) as {folded: unknown; upper: unknown} | undefined;
		const headText = typeof head?.folded === 'string' ? head.folded : '';
		const bodyText = typeof rest?.folded === 'string' ? rest.folded : '';
		const shift = headText.length + 1;
		const upper = Uint32Array.from([...blobOffsets(head?.upper), ...[...blobOffsets(rest?.upper)].map(offset => offset + shift)]);
		return scoreText(position, `${headText}\0${bodyText}`, upper, headText.length, query);
	}));
}
