/**
@alcalzone/ansi-tokenize with its two per-line steps remembered across frames, swapped in for Ink's
import when the command line is bundled (package.json `bundle`: `--alias:@alcalzone/ansi-tokenize=…`).
Ink's output stage turns each row of each frame into styled characters (`styledCharsFromTokens(tokenize(row))`)
and keeps the result for one frame only; a keypress changes a row or two. Ink only reads what these
return (it copies the characters into its grid), so handing back the same arrays is safe.
*/
import {styledCharsFromTokens as fromTokens, tokenize as tokenizeRow} from '../../node_modules/@alcalzone/ansi-tokenize/build/index.js';

export * from '../../node_modules/@alcalzone/ansi-tokenize/build/index.js';
import {RecentMap} from '../common/recent-map.js';

type Tokens = ReturnType<typeof tokenizeRow>;
type StyledChars = ReturnType<typeof fromTokens>;

/** Rows of a few frames at 200×50. */
const tokensOf = new RecentMap<string, Tokens>(4000);
const charsOf = new WeakMap<Tokens, StyledChars>();

export function tokenize(text: string, endChar?: number): Tokens {
	return endChar === undefined ? tokensOf.getOrMake(text, () => tokenizeRow(text)) : tokenizeRow(text, endChar);
}

export function styledCharsFromTokens(tokens: Tokens): StyledChars {
	let chars = charsOf.get(tokens);
	if (chars === undefined) {
		chars = fromTokens(tokens);
		charsOf.set(tokens, chars);
	}

	return chars;
}
