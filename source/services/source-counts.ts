/**
The sources view's counts (state/sources.ts): per source, its articles, how many are unread, its
newest date and its articles a month. Made from compact columns (the index's search columns, read
once), so 157,000 articles are counted in a few milliseconds once those are loaded.
*/
import type {ArticleList} from '../corpus/corpus.js';
import type {SourceCounts, SourceRow} from '../state/sources.js';

/** Per position: its date (NaN: none) and its source, as an index into `sources`. */
export type SourceColumns = {
	readonly dates: Float64Array;
	readonly sourceOf: Uint32Array;
	readonly sources: readonly string[];
};

type ColumnsKnown = ArticleList & {readonly columns: () => SourceColumns};

const knowsColumns = (list: ArticleList): list is ColumnsKnown => typeof (list as Partial<ColumnsKnown>).columns === 'function';

/** The columns of a list: the index's own, else read article by article (a list held in memory). */
export function sourceColumns(list: ArticleList): SourceColumns {
	if (knowsColumns(list)) {
		return list.columns();
	}

	const dates = new Float64Array(list.length);
	const sourceOf = new Uint32Array(list.length);
	const sources: string[] = [];
	const indexOf = new Map<string, number>();
	for (let position = 0; position < list.length; position++) {
		const article = list.at(position);
		dates[position] = article?.date ?? Number.NaN;
		const name = article?.source ?? '';
		let index = indexOf.get(name);
		if (index === undefined) {
			index = sources.push(name) - 1;
			indexOf.set(name, index);
		}

		sourceOf[position] = index;
	}

	return {dates, sourceOf, sources};
}

/** Months since year 0 of a date, in local time (as the list shows dates). */
const monthOf = (epochMs: number): number => {
	const date = new Date(epochMs);
	return (date.getFullYear() * 12) + date.getMonth();
};

const monthName = (month: number): string => `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;

/**
Counts every source over the positions for which `counted` is true; `isUnread` says whether the
article at a position is unread. Most articles first, then by name.
*/
export function countSources(columns: SourceColumns, counted: (position: number) => boolean, isUnread: (position: number) => boolean): SourceCounts {
	const {dates, sourceOf, sources} = columns;
	const articles = new Uint32Array(sources.length);
	const unread = new Uint32Array(sources.length);
	const newest = new Float64Array(sources.length).fill(Number.NaN);
	const months = new Int32Array(dates.length);
	let first = Number.POSITIVE_INFINITY;
	let last = Number.NEGATIVE_INFINITY;
	for (let position = 0; position < dates.length; position++) {
		if (!counted(position)) {
			months[position] = -1;
			continue;
		}

		const source = sourceOf[position] ?? 0;
		articles[source] = (articles[source] ?? 0) + 1;
		if (isUnread(position)) {
			unread[source] = (unread[source] ?? 0) + 1;
		}

		const date = dates[position] ?? Number.NaN;
		if (Number.isNaN(date)) {
			months[position] = -1;
			continue;
		}

		if (!(date <= (newest[source] ?? Number.NaN))) {
			newest[source] = date;
		}

		const month = monthOf(date);
		months[position] = month;
		first = Math.min(first, month);
		last = Math.max(last, month);
	}

	const span = Number.isFinite(first) ? last - first + 1 : 0;
	const perMonth = sources.map(() => new Uint32Array(span));
	for (let position = 0; position < dates.length; position++) {
		const month = months[position] ?? -1;
		const counts = perMonth[sourceOf[position] ?? 0];
		if (month >= 0 && counts) {
			counts[month - first] = (counts[month - first] ?? 0) + 1;
		}
	}

	const rows: SourceRow[] = [];
	for (const [index, name] of sources.entries()) {
		const count = articles[index] ?? 0;
		if (count > 0) {
			const date = newest[index] ?? Number.NaN;
			rows.push({name, articles: count, unread: unread[index] ?? 0, newest: Number.isNaN(date) ? null : date, months: [...(perMonth[index] ?? [])]});
		}
	}

	rows.sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name));
	return {rows, firstMonth: span > 0 ? monthName(first) : null};
}
