/** Where a day starts in the list, for `:2020-07-01`: the reducer keeps no calendar, so the world answers. */
import type {ArticleList} from '../corpus/corpus.js';
import {parseQueryDate} from '../search/query-date.js';
import type {DayFound} from '../state/day-jump.js';

/**
The first list position dated on or before `day` (local time, as the list shows dates), found by
halving: the list is newest first with undated articles last, so the positions on or before a day
are a tail of it. `matches` are the corpus positions of a filtered list, or null for the whole corpus.
*/
export function findDay(articles: ArticleList, day: string, matches: readonly number[] | null): DayFound {
	const start = parseQueryDate(day);
	if (start === null) {
		return {kind: 'notADate'};
	}

	const first = new Date(start);
	const end = new Date(first.getFullYear(), first.getMonth(), first.getDate() + 1).getTime();
	const count = matches ? matches.length : articles.length;
	const dateAt = (position: number): number | null => articles.at(matches ? (matches[position] ?? -1) : position)?.date ?? null;
	let low = 0;
	let high = count;
	while (low < high) {
		const middle = Math.floor((low + high) / 2);
		const date = dateAt(middle);
		// An undated article counts as older than any day.
		if (date === null || date < end) {
			high = middle;
		} else {
			low = middle + 1;
		}
	}

	if (low >= count) {
		return {kind: 'allLater'};
	}

	const date = dateAt(low);
	return {kind: 'found', position: low, sameDay: date !== null && date >= start};
}
