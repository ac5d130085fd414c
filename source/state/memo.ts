/**
A small memo with a bounded number of entries, dropping the oldest: the reader asks for the same
article layout many times a keypress, but only a handful of articles are ever on screen.
*/
export function memoize<T>(limit: number): (key: string, make: () => T) => T {
	const entries = new Map<string, T>();
	return (key, make) => {
		const found = entries.get(key);
		if (found !== undefined) {
			return found;
		}

		const value = make();
		entries.set(key, value);
		if (entries.size > limit) {
			const oldest = entries.keys().next();
			if (!oldest.done) {
				entries.delete(oldest.value);
			}
		}

		return value;
	};
}
