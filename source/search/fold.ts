/**
Folding whole texts, optionally with the map from each folded code unit back to the original text.

Folded text is what search compares; the map is what lets a hit found in folded text highlight the
exact characters the reader shows. Folding changes lengths (`㎏` → `kg`, whitespace runs → one space,
zero-width spaces → nothing), so every folded unit records the original cluster it came from, and a
hit is widened to whole clusters: it never splits a surrogate pair or a letter from its accent.
*/
import {foldCluster} from './fold-cluster.js';
import {extender, foldTable, ignorable, simple, upperCase, whitespace} from './fold-table.js';

/** Folded text. `upper` lists, ascending, the folded offsets whose unit came from an upper-case letter. */
export type Folded = {readonly text: string; readonly upper: Uint32Array};

/** Folded text with, for folded unit k, the original cluster `[starts[k], ends[k])` it came from. */
export type FoldedWithMap = Folded & {readonly starts: Int32Array; readonly ends: Int32Array};

const noUpper = new Uint32Array(0);

/** Reused across calls: folding a corpus would otherwise allocate one buffer per field. */
let buffer = new Uint16Array(1024);
let starts = new Int32Array(1024);
let ends = new Int32Array(1024);

function ensureRoom(size: number, withMap: boolean): void {
	if (size <= buffer.length) {
		return;
	}

	const length = Math.max(size, buffer.length * 2);
	const grown = new Uint16Array(length);
	grown.set(buffer);
	buffer = grown;
	if (withMap) {
		const grownStarts = new Int32Array(length);
		grownStarts.set(starts);
		starts = grownStarts;
		const grownEnds = new Int32Array(length);
		grownEnds.set(ends);
		ends = grownEnds;
	}
}

/** UTF-16LE bytes, which is how a Uint16Array lies in memory on every platform Node runs on. */
// `ignoreBOM` keeps a leading U+FEFF, which would otherwise vanish and shift every offset.
const utf16 = new TextDecoder('utf-16le', {ignoreBOM: true});
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function decode(length: number): string {
	// The buffer is always well-formed UTF-16 (lone surrogates were replaced), so the decoder keeps every
	// unit; it returns one flat string where concatenated chunks would be flattened on the first search.
	if (littleEndian) {
		return utf16.decode(buffer.subarray(0, length));
	}

	let text = '';
	for (let start = 0; start < length; start += 8192) {
		text += String.fromCharCode(...buffer.subarray(start, Math.min(length, start + 8192)));
	}

	return text;
}

function isHigh(code: number): boolean {
	return code >= 0xD8_00 && code <= 0xDB_FF;
}

function isLow(code: number): boolean {
	return code >= 0xDC_00 && code <= 0xDF_FF;
}

function foldAny(text: string, withMap: boolean): FoldedWithMap {
	const {flags, unit: units} = foldTable();
	const upper: number[] = [];
	const length = text.length;
	ensureRoom(length + 16, withMap);
	// Whether the map arrays have kept pace with `buffer` (they only grow when a map is asked for).
	if (withMap && starts.length < buffer.length) {
		starts = new Int32Array(buffer.length);
		ends = new Int32Array(buffer.length);
	}

	let out = 0;
	let index = 0;
	while (index < length) {
		const code = text.charCodeAt(index);
		const flag = flags[code] ?? 0;
		let next = index + 1;
		if (flag & whitespace) {
			while (next < length && ((flags[text.charCodeAt(next)] ?? 0) & whitespace)) {
				next++;
			}

			buffer[out] = 0x20;
			if (withMap) {
				starts[out] = index;
				ends[out] = next;
			}

			out++;
			index = next;
			continue;
		}

		if (isHigh(code) && next < length && isLow(text.charCodeAt(next))) {
			next++;
		}

		while (next < length && ((flags[text.charCodeAt(next)] ?? 0) & extender)) {
			next++;
		}

		if (next === index + 1 && flag & simple) {
			// The fast path: one unit in, one unit out.
			if (flag & upperCase) {
				upper.push(out);
			}

			buffer[out] = units[code] ?? code;
			if (withMap) {
				starts[out] = index;
				ends[out] = next;
			}

			out++;
		} else if (!(next === index + 1 && flag & ignorable)) {
			const cluster = foldCluster(text.slice(index, next));
			ensureRoom(out + cluster.text.length + 16, withMap);
			for (let k = 0; k < cluster.text.length; k++) {
				if (cluster.upper[k]) {
					upper.push(out);
				}

				buffer[out] = cluster.text.charCodeAt(k);
				if (withMap) {
					starts[out] = index;
					ends[out] = next;
				}

				out++;
			}
		}

		index = next;
		ensureRoom(out + (length - index) + 16, withMap);
	}

	return {
		text: decode(out),
		upper: upper.length === 0 ? noUpper : Uint32Array.from(upper),
		starts: withMap ? starts.slice(0, out) : new Int32Array(0),
		ends: withMap ? ends.slice(0, out) : new Int32Array(0),
	};
}

/**
Fold `text` for comparison: NFKC, Traditional → Simplified, lower case, whitespace runs → one space,
zero-width characters dropped.

@example
foldText('５Ｇ 關係').text; //=> '5g 关系'
*/
export function foldText(text: string): Folded {
	const {text: folded, upper} = foldAny(text, false);
	return {text: folded, upper};
}

/** Like `foldText`, with the map back to the original: `starts[k]`/`ends[k]` for each folded unit k. */
export function foldTextWithMap(text: string): FoldedWithMap {
	return foldAny(text, true);
}

/**
The original range `[start, end)` that folded range `[foldedStart, foldedEnd)` came from, widened to
whole clusters. `foldedEnd` must be greater than `foldedStart`.
*/
export function originalRange(folded: FoldedWithMap, foldedStart: number, foldedEnd: number): [number, number] {
	return [folded.starts[foldedStart] ?? 0, folded.ends[foldedEnd - 1] ?? 0];
}
