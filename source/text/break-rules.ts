/**
The character classes of Chinese line breaking (行首行尾禁则, W3C clreq strict level, plus the common
OOXML additions and the UAX #14 rules for Latin text), and the pattern of a Latin word, number or URL.

They follow the second edition of /shared/typography (README.md, check.mjs `--rules 2`) exactly: a
wrapper and its judge must agree on what a word and a prohibited break are.
*/

const codePoints = (characters: string): ReadonlySet<number> =>
	new Set([...characters].map(character => character.codePointAt(0) ?? 0));

/** May not begin a line (行首禁则). */
export const NO_START = codePoints(
	// CJK pause and stop marks (点号), halfwidth forms included.
	'、。，．：；！？｡､'
	// Latin pause and stop marks and closing brackets (UAX #14 CL, CP, IS, EX).
	+ ',.:;!?)]}'
	// Closing quotes and brackets (结束引号、括号、书名号).
	+ '”’」』）》〉】〕〗〙〛］｝｠｣〞〟﹂﹄︶︸︺︼︾﹀﹚﹜﹞»›'
	// Interpuncts, connectors, dashes and ellipses (间隔号、连接号、破折号、省略号): so `——` and `……` never split.
	+ '·・‧･～〜–—―⸺⸻…⋯‥'
	// Postfix symbols (UAX #14 PO).
	+ '%％‰‱℃℉°′″¢￠'
	// Iteration marks, ideographic space, double punctuation.
	+ '々〻〃ゝゞヽヾ\u3000‼⁇⁈⁉',
);

/** May not end a line (行尾禁则). */
export const NO_END = codePoints(
	// Opening quotes and brackets (开始引号、括号、书名号).
	'“‘「『（《〈【〔〖〘〚［｛｟｢〝﹁﹃︵︷︹︻︽︿﹙﹛﹝«‹([{'
	// Prefix currency (UAX #14 PR): `$100`, `￥688` stay together.
	+ '$＄¥￥£￡€₩￦'
	// Solidus (分隔号).
	+ '/／',
);

/** No break on either side (UAX #14 GL and WJ): NBSP and friends glue their neighbours. */
export const GLUE = codePoints('\u00A0\u202F\u2007\u2060\uFEFF\u034F');

/** Signs glued to a following digit (UAX #14 LB25): `-5℃`, `+33`, `№3`, `#1`. */
export const DIGIT_PREFIX = codePoints('-−+±№#');

/**
ASCII quotes open or close, and the character does not say which: like UAX #14 QU, no break directly
beside them, unless their place in the paragraph says which they are (`"` only, see quote-roles.ts).
*/
export const QUOTE_ASCII = codePoints('"\'');

/** Whitespace that is a break opportunity and is dropped at a soft break. NBSP and U+3000 are content. */
export const BREAK_SPACE = codePoints(' \t\u200B');

/** Bit flags of `breakClass`. */
export const BreakClass = {
	noStart: 1,
	noEnd: 2,
	glue: 4,
	digitPrefix: 8,
	quote: 16,
	space: 32,
} as const;

// One table lookup per character instead of six set lookups: wrapping spends most of its time here.
// Every character of the classes above is in the BMP.
const classTable = new Uint8Array(0x1_00_00);
for (const [set, flag] of [
	[NO_START, BreakClass.noStart], [NO_END, BreakClass.noEnd], [GLUE, BreakClass.glue],
	[DIGIT_PREFIX, BreakClass.digitPrefix], [QUOTE_ASCII, BreakClass.quote], [BREAK_SPACE, BreakClass.space],
] as const) {
	for (const code of set) {
		classTable[code] = (classTable[code] ?? 0) | flag;
	}
}

/** The `BreakClass` flags of a code point (0 for an ordinary character). */
export function breakClass(code: number): number {
	return code < 0x1_00_00 ? classTable[code] ?? 0 : 0;
}

const NUMBER = /^\p{N}/u;

/** Whether the character at the start of `text` is a digit (any script), so a sign before it sticks. */
export function startsWithNumber(text: string): boolean {
	return NUMBER.test(text);
}

const CJK_SCRIPT = String.raw`\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Bopomofo}`;
// A word character: a letter, digit or mark outside the CJK scripts (fullwidth Latin counts).
const WORD_CHARACTER = String.raw`(?:(?![${CJK_SCRIPT}])[\p{L}\p{N}\p{M}])`;
// What may join two word characters: `2.25`, `1,000`, `21:48`, `don't`, `15/06/2022`, and `-` before a digit.
const CONNECTOR = String.raw`(?:[.,:'’/_@&+．／＿＠＆＋]|[-－](?=\p{N}))`;
// A URL runs to whitespace, CJK text, CJK punctuation or quotes, minus trailing sentence punctuation.
const URL_EXCLUDED = String.raw`\s${CJK_SCRIPT}\u3000-\u303F\uFF00-\uFFEF“”‘’<>"`;
const URL = String.raw`(?:https?|ftp)://[^${URL_EXCLUDED}]*[^${URL_EXCLUDED}.,;:!?)\]]`;

// A handle or tag keeps its sigil (`@nytchinese`, `#MeToo`): `(@` / `nytchinese)` reads as two words.
const SIGIL = '[@#＠＃]';
// `C++` and `C#` are names, not a word and punctuation.
const SUFFIX = String.raw`(?:\+\+|#)`;
// A dash typed as two hyphens or two box-drawing lines stands for `——`, which is never split either.
const TYPED_DASH = '-{2,}|─{2,}';

/**
A Latin word, number, URL, handle or tag, or a typed dash: never split when it fits the width. A word
may end with one hyphen, after which a break is allowed (`well-|known`), but not with the first
hyphen of a typed dash (`well--`). Global: use with `matchAll`.
*/
export const TOKEN_PATTERN = new RegExp(
	`${URL}|${SIGIL}?${WORD_CHARACTER}+(?:${CONNECTOR}${WORD_CHARACTER}+)*${SUFFIX}?(?:-(?!-))?|${TYPED_DASH}`,
	'gu',
);
