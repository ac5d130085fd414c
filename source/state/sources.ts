/**
The sources view (`c`, `:sources`): every source with its article and unread counts, its newest date
and its articles a month, most articles first. Enter shows the list of one source (the filter
`source:"NAME"`), Esc goes back. The counts are the world's to make (see settle.ts): asked for each
time the view opens, so marks made since show.
*/
import {clamp} from './navigation.js';
import {pendingFilter} from './search-actions.js';
import type {State} from './state.js';

export type SourceRow = {
	/** As the list shows it; '' for articles that name no source. */
	readonly name: string;
	readonly articles: number;
	readonly unread: number;
	/** Epoch ms of its newest dated article, or null. */
	readonly newest: number | null;
	/** Its articles in each month from `SourceCounts.firstMonth` on. */
	readonly months: readonly number[];
};

export type SourceCounts = {
	/** Most articles first. */
	readonly rows: readonly SourceRow[];
	/** The first month of every row's `months`, as `YYYY-MM`, or null when no article is dated. */
	readonly firstMonth: string | null;
};

export type SourcesView = {
	/** Null while they are being counted. */
	readonly counts: SourceCounts | null;
	readonly selected: number;
	readonly top: number;
};

/** Rows the view has for sources: all but its header line and the status bar. */
export const sourcesHeight = (state: State): number => Math.max(1, state.size.rows - 2);

/** The query that shows one source's articles. */
export const sourceQuery = (name: string): string => `source:"${name.replaceAll('"', '')}"`;

export function openSources(state: State): State {
	return {...state, mode: 'sources', sources: {counts: null, selected: 0, top: 0}};
}

export function closeSources(state: State): State {
	return {...state, mode: 'browse', sources: null};
}

/** Selects row `position`, the rows scrolled only as far as needed to show it. */
export function selectSource(state: State, position: number): State {
	const view = state.sources;
	if (!view?.counts) {
		return state;
	}

	const selected = clamp(position, 0, Math.max(0, view.counts.rows.length - 1));
	const height = sourcesHeight(state);
	const top = clamp(view.top, selected - height + 1, selected);
	return {...state, sources: {...view, selected, top: Math.max(0, top)}};
}

/** The counts came: the source the list is filtered to now is selected, else the first. */
export function sourcesCounted(state: State, counts: SourceCounts): State {
	if (state.mode !== 'sources' || !state.sources || state.sources.counts) {
		return state;
	}

	const query = state.filter?.query;
	const current = counts.rows.findIndex(row => row.name !== '' && sourceQuery(row.name) === query);
	return selectSource({...state, sources: {counts, selected: 0, top: 0}}, Math.max(0, current));
}

/** Enter: the list shows the selected source's articles. */
export function pickSource(state: State): State {
	const row = state.sources?.counts?.rows[state.sources.selected];
	if (!row) {
		return state;
	}

	if (row.name === '') {
		return {...state, notice: 'these articles name no source: there is no filter for them'};
	}

	const query = sourceQuery(row.name);
	const closed = closeSources(state);
	return query === state.filter?.query
		? {...closed, pane: 'list'}
		: {...closed, pane: 'list', filter: pendingFilter(query, undefined), selected: 0, listTop: 0, readerTop: 0, hit: -1};
}
