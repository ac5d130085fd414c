/**
Bytes to text. A byte-order mark decides (UTF-8, UTF-16 LE/BE); otherwise strict UTF-8, so invalid
files are noticed; and bytes that are not UTF-8 at all are tried as the two legacy Chinese encodings,
GB18030 (a superset of GBK and GB2312) and Big5, before falling back to lenient UTF-8.
*/
import {commonHanScore} from './common-han.js';

const strict = new TextDecoder('utf-8', {fatal: true});
const lenient = new TextDecoder('utf-8', {fatal: false});

/** The encodings a file can be decoded from, named as a reader would know them. */
export type Encoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'GB18030' | 'Big5';

export type DecodedText = {
	readonly text: string;
	/**
	True when the bytes were not valid UTF-8: bad sequences became U+FFFD, or the file was decoded
	from another encoding (then `encoding` says which).
	*/
	readonly invalid: boolean;
	readonly encoding: Encoding;
	/** What a reader should be told: `invalid UTF-8`, `decoded as GB18030`; empty for clean UTF-8. */
	readonly warnings: readonly string[];
};

// U+FFFD, and C1 controls, which some decoders give for unmapped bytes and real text never holds.
const replacement = /[\uFFFD\u0080-\u009F]/g;
const countReplacements = (text: string): number => text.match(replacement)?.length ?? 0;
const countNonAscii = (text: string): number => text.match(/[^\u0000-\u007F]/g)?.length ?? 0;

function decodeWithBom(bytes: Uint8Array): DecodedText | null {
	const [first, second, third] = bytes;
	let encoding: Encoding | null = null;
	if (first === 0xEF && second === 0xBB && third === 0xBF) {
		encoding = 'UTF-8';
	} else if (first === 0xFF && second === 0xFE) {
		encoding = 'UTF-16LE';
	} else if (first === 0xFE && second === 0xFF) {
		encoding = 'UTF-16BE';
	}

	if (encoding === null) {
		return null;
	}

	// The decoder drops the BOM itself (ignoreBOM is false by default).
	const text = new TextDecoder(encoding.toLowerCase()).decode(bytes);
	const bad = text.includes('\uFFFD');
	const warnings = [
		...(encoding === 'UTF-8' ? [] : [`decoded as ${encoding}`]),
		...(bad ? [`invalid ${encoding}`] : []),
	];
	return {text, invalid: encoding !== 'UTF-8' || bad, encoding, warnings};
}

type Candidate = {readonly encoding: Encoding; readonly text: string; readonly score: number; readonly bad: number; readonly wide: number};

function candidate(encoding: 'GB18030' | 'Big5', bytes: Uint8Array): Candidate {
	const text = new TextDecoder(encoding.toLowerCase()).decode(bytes);
	const bad = countReplacements(text);
	// Each undecodable sequence costs as much as two common characters gained.
	return {encoding, text, bad, wide: countNonAscii(text), score: commonHanScore(text) - 2 * bad};
}

/**
Decodes a file's bytes. Never throws.

The legacy heuristic, for bytes that are not UTF-8 and have no BOM:
1. Mostly UTF-8: when lenient UTF-8 decoding finds no more bad sequences than good non-ASCII
   characters, it is UTF-8 with damage (`invalid UTF-8`). Chinese text in GB18030 or Big5 is almost
   never valid UTF-8 beyond a character or two, so it fails this test clearly.
2. Otherwise decode as both GB18030 and Big5 and keep the one whose text holds more of the most
   common Chinese characters (both Simplified and Traditional forms count), less twice its U+FFFD
   count. Each encoding decodes the other's bytes into valid but rare characters, so replacement
   counts alone cannot tell them apart; frequent characters can.
3. When the winner has no common character at all, or leaves more than one character in ten
   undecodable, the bytes are no Chinese text: fall back to lenient UTF-8.

@example
decodeText(Buffer.from('d6d0cec4', 'hex')) // {text: '中文', encoding: 'GB18030', warnings: ['decoded as GB18030'], …}
*/
export function decodeText(bytes: Uint8Array): DecodedText {
	const marked = decodeWithBom(bytes);
	if (marked) {
		return marked;
	}

	try {
		return {text: strict.decode(bytes), invalid: false, encoding: 'UTF-8', warnings: []};
	} catch {
		// Not UTF-8: see the heuristic above.
	}

	const utf8 = lenient.decode(bytes);
	const utf8Bad = countReplacements(utf8);
	const damagedUtf8: DecodedText = {text: utf8, invalid: true, encoding: 'UTF-8', warnings: ['invalid UTF-8']};
	if (utf8Bad <= countNonAscii(utf8) - utf8Bad) {
		return damagedUtf8;
	}

	const gb = candidate('GB18030', bytes);
	const big5 = candidate('Big5', bytes);
	const best = big5.score > gb.score ? big5 : gb;
	if (best.score <= 0 || best.bad * 10 > best.wide) {
		return damagedUtf8;
	}

	return {text: best.text, invalid: true, encoding: best.encoding, warnings: [`decoded as ${best.encoding}`]};
}
