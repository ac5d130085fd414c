/**
The display width of one grapheme cluster, as string-width measures it, with a cache.

string-width is the project's width oracle (the typography checker uses it too). Calling it for every
cluster of a long article is slow, so the common cases are answered directly and the rest are cached
per ambiguous-width setting.
*/
import stringWidth from 'string-width';

/** Options every width computation takes: how to count East Asian Ambiguous characters (`“ ” … — ·`). */
export type WidthOptions = {
	/** Count ambiguous characters as two columns (terminals set to "ambiguous is wide"). Default false. */
	readonly ambiguousWide?: boolean;
};

const narrowCache = new Map<string, number>();
const wideCache = new Map<string, number>();

/** Enough for every distinct cluster of a large corpus; a bound so odd input cannot grow it forever. */
const CACHE_LIMIT = 50_000;

/**
Width in columns of the grapheme cluster `cluster` (0 for controls and zero-width characters, 2 for
wide characters and emoji). A tab counts 0 here: tabs depend on the column, see `displayWidth`.
*/
export function graphemeWidth(cluster: string, ambiguousWide = false): number {
	if (cluster.length === 1) {
		const code = cluster.charCodeAt(0);
		if (code >= 0x20 && code < 0x7f) {
			return 1;
		}

		if ((code >= 0x4e_00 && code <= 0x9f_ff) || (code >= 0x34_00 && code <= 0x4d_bf)) {
			return 2;
		}
	}

	const cache = ambiguousWide ? wideCache : narrowCache;
	let width = cache.get(cluster);
	if (width === undefined) {
		width = stringWidth(cluster, {ambiguousIsNarrow: !ambiguousWide});
		if (cache.size >= CACHE_LIMIT) {
			cache.clear();
		}

		cache.set(cluster, width);
	}

	return width;
}
