/**
The reading state as the reader's services use it (store/reading-store.ts is what keeps it), and the
part of a query the text index cannot answer: `is:unread`, `is:read`, `is:starred`, asked of the
reading state by each article's reading key.
*/
import type {MarkCondition} from '../search/query.js';

/** What the reader reads and writes of the reading state, by reading key (see corpus/reading-key.ts). */
export type ReadingMarks = {
	readonly isRead: (key: string) => boolean;
	readonly isStarred: (key: string) => boolean;
	readonly setRead: (key: string, read: boolean) => void;
	readonly setAllRead: (keys: Iterable<string>, read: boolean) => void;
	readonly setStarred: (key: string, starred: boolean) => void;
	readonly marks: (key: string) => {readonly line: number | null; readonly lines: number | null} | undefined;
	readonly setPosition: (key: string, line: number, lines: number) => void;
	readonly keysWith: (mark: 'read' | 'starred') => ReadonlySet<string>;
};

/** The positions among `positions` whose articles meet every condition; `keys` gives each position's reading key. */
export function withMarks(positions: readonly number[], conditions: readonly MarkCondition[], keys: () => readonly string[], marks: Pick<ReadingMarks, 'keysWith'>): readonly number[] {
	if (conditions.length === 0) {
		return positions;
	}

	const all = keys();
	const sets = conditions.map(condition => ({present: condition.present, keys: marks.keysWith(condition.mark)}));
	return positions.filter(position => {
		const key = all[position];
		return key !== undefined && sets.every(({present, keys}) => keys.has(key) === present);
	});
}
