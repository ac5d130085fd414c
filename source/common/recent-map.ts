/**
A map that keeps only its most recently used entries: the memo behind article layouts, folded search
fields and parsed bodies, where only a handful of articles are on screen at a time but a corpus has
thousands.
*/
export class RecentMap<K, V> {
	readonly #entries = new Map<K, V>();

	constructor(readonly limit: number) {}

	/** The value for `key`, now the most recently used; undefined when absent. */
	get(key: K): V | undefined {
		const value = this.#entries.get(key);
		if (value !== undefined) {
			// Map keeps insertion order: deleting and setting again moves the entry to the newest end.
			this.#entries.delete(key);
			this.#entries.set(key, value);
		}

		return value;
	}

	/** Stores `value` as the most recently used, dropping the least recently used beyond the limit. */
	set(key: K, value: V): V {
		this.#entries.delete(key);
		this.#entries.set(key, value);
		if (this.#entries.size > this.limit) {
			const oldest = this.#entries.keys().next();
			if (!oldest.done) {
				this.#entries.delete(oldest.value);
			}
		}

		return value;
	}

	/** The value for `key`, made and stored when absent. */
	getOrMake(key: K, make: () => V): V {
		return this.get(key) ?? this.set(key, make());
	}
}
