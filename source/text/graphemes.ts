/**
Grapheme segmentation that stays linear on long text.

Node 20's `Intl.Segmenter` is quadratic on long strings (32k characters: ~150 ms whole, ~18 ms in 1k
pieces), and most of a Chinese article is made of characters that are clusters on their own. So:
- a fast path takes a character as a whole cluster when it and its neighbour are both "simple"
  (printable ASCII, Latin-1, CJK ideographs, CJK and fullwidth punctuation): no grapheme rule joins two
  such characters, so the position between them is always a boundary;
- everything else goes to the segmenter in pieces of at most `PIECE` code units. The last cluster of a
  piece may have been cut short, so it is dropped and the next piece starts where it began.
*/

/** Receives one cluster as offsets `[start, end)`; returning `false` stops the walk. */
export type GraphemeVisitor = (start: number, end: number) => boolean | void;

const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});

/** Longest stretch handed to the segmenter at once. */
const PIECE = 256;

/**
Whether a UTF-16 unit is a character that is always a cluster boundary on both sides when its
neighbour is one too: none of these is an extender, joiner, prepended mark, regional indicator,
Hangul jamo or line break.
*/
export function isSimpleUnit(code: number): boolean {
	if (code < 0x7f) {
		return code >= 0x20;
	}

	if (code >= 0x4e_00) {
		return code <= 0x9f_ff || (code >= 0xff_01 && code <= 0xff_60);
	}

	return (code >= 0xa0 && code <= 0xff && code !== 0xad)
		|| (code >= 0x34_00 && code <= 0x4d_bf)
		// CJK symbols and punctuation, minus the combining tone marks U+302A–U+302F.
		|| (code >= 0x30_00 && code <= 0x30_29) || (code >= 0x30_30 && code <= 0x30_3f)
		// General punctuation: dashes, quotes, ellipsis, per-mille, primes (not ZWJ, not U+2028/2029).
		|| (code >= 0x20_10 && code <= 0x20_27) || (code >= 0x20_30 && code <= 0x20_5e);
}

/**
Calls `visit(start, end)` for every grapheme cluster of `text`, in order, with UTF-16 offsets,
until `visit` returns `false`. Linear in the length of the text.
*/
export function forEachGrapheme(text: string, visit: GraphemeVisitor): void {
	const length = text.length;
	let index = 0;
	while (index < length) {
		const code = text.charCodeAt(index);
		if (isSimpleUnit(code) && (index + 1 === length || isSimpleUnit(text.charCodeAt(index + 1)))) {
			if (visit(index, index + 1) === false) {
				return;
			}

			index++;
			continue;
		}

		index = segmentComplex(text, index, visit);
		if (index < 0) {
			return;
		}
	}
}

/**
Segments from `start` (a boundary) up to the next simple–simple boundary, at most `PIECE` units at a
time; returns the offset where it stopped, always a cluster boundary, or -1 when `visit` said stop.
*/
function segmentComplex(text: string, start: number, visit: GraphemeVisitor): number {
	let stop = start + 1;
	while (stop < text.length && stop - start < PIECE
		&& !(isSimpleUnit(text.charCodeAt(stop - 1)) && isSimpleUnit(text.charCodeAt(stop)))) {
		stop++;
	}

	// Never cut a surrogate pair: the segmenter would see half a character after the last boundary it reports.
	const before = text.charCodeAt(stop - 1);
	if (stop < text.length && before >= 0xd8_00 && before <= 0xdb_ff) {
		stop++;
	}

	const cutShort = stop < text.length && !(isSimpleUnit(text.charCodeAt(stop - 1)) && isSimpleUnit(text.charCodeAt(stop)));
	let clusterStart = -1;
	for (const {index} of segmenter.segment(text.slice(start, stop))) {
		if (clusterStart >= 0 && visit(clusterStart, start + index) === false) {
			return -1;
		}

		clusterStart = start + index;
	}

	// The last cluster of a piece cut at an unsafe place may continue past it: segment it again.
	if (cutShort && clusterStart > start) {
		return clusterStart;
	}

	return visit(clusterStart, stop) === false ? -1 : stop;
}

/** The grapheme clusters of `text`, in order. */
export function graphemes(text: string): string[] {
	const result: string[] = [];
	forEachGrapheme(text, (start, end) => {
		result.push(text.slice(start, end));
	});
	return result;
}
