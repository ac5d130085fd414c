import {RecentMap} from '../common/recent-map.js';

/**
A small memo with a bounded number of entries, dropping the least recently used: the reader asks for
the same article layout many times a keypress, but only a handful of articles are ever on screen.
*/
export function memoize<T>(limit: number): (key: string, make: () => T) => T {
	const entries = new RecentMap<string, T>(limit);
	return (key, make) => entries.getOrMake(key, make);
}
