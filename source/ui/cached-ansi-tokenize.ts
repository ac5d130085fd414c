/**
@alcalzone/ansi-tokenize with its two per-line steps remembered across frames, swapped in for Ink's
import when the command line is bundled (package.json `bundle`: `--alias:@alcalzone/ansi-tokenize=…`).
Ink's output stage turns each row of each frame into styled characters (`styledCharsFromTokens(tokenize(row))`)
and keeps the result for one frame only; a keypress changes a row or two. Ink only reads what these
return (it copies the characters into its grid), so handing back the same arrays is safe.
*/
import {styledCharsFromTokens as fromTokens, tokenize as tokenizeRow} from '../../node_modules/@alcalzone/ansi-tokenize/build/index.js';

export * from '../../node_modules/@alcalzone/ansi-tokenize/build/index.js';

type Tokens = ReturnType<typeof tokenizeRow>;
type StyledChars = ReturnType<typeof fromTokens>;

/** Rows of a few frames at 200×50; cleared whole when full. */
const limit = 4000;
const tokensOf = new Map<string, Tokens>();
const charsOf = new WeakMap<Tokens, StyledChars>();

export function tokenize(text: string, endChar?: number): Tokens {
	if (endChar !== undefined) {
		return tokenizeRow(text, endChar);
	}

	let tokens = tokensOf.get(text);
	if (tokens === undefined) {
		tokens = tokenizeRow(text);
		if (tokensOf.size >= limit) {
			tokensOf.clear();
		}

		tokensOf.set(text, tokens);
	}

	return tokens;
}

export function styledCharsFromTokens(tokens: Tokens): StyledChars {
	let chars = charsOf.get(tokens);
	if (chars === undefined) {
		chars = fromTokens(tokens);
		charsOf.set(tokens, chars);
	}

	return chars;
}
