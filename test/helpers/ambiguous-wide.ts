import type {IUnicodeVersionProvider, Terminal} from '@xterm/headless';
import {Unicode11Addon} from '@xterm/addon-unicode11';
import stringWidth from 'string-width';

/** The version name under which {@link registerAmbiguousWide} registers its provider. */
export const ambiguousWideVersion = '11-ambiguous-wide';

// xterm.js packs a character's properties as `state << 3 | width << 1 | shouldJoin`
// (UnicodeService.createPropertyValue in xterm 6). The packing is internal, but
// IUnicodeVersionProvider.charProperties must return it, so it is mirrored here.
const widthOf = (properties: number): number => (properties >> 1) & 3;
const pack = (width: number, shouldJoin: boolean): number => ((width & 3) << 1) | (shouldJoin ? 1 : 0);

/** The Unicode 11 provider the add-on registers, caught through a stand-in terminal. */
const unicode11Provider = (): IUnicodeVersionProvider => {
	let provider: IUnicodeVersionProvider | undefined;
	const catcher = {unicode: {register(caught: IUnicodeVersionProvider) {
		provider = caught;
	}}};
	new Unicode11Addon().activate(catcher as unknown as Terminal);
	if (!provider) {
		throw new Error('@xterm/addon-unicode11 registered no provider');
	}

	return provider;
};

/**
 * Registers and activates a Unicode 11 width table in which East Asian Ambiguous characters
 * (`…`, `○`, `“`, Greek and Cyrillic letters…) take two cells, as in a terminal set to treat
 * them as wide (common with CJK fonts and locales).
 *
 * xterm.js has no such option of its own (checked in @xterm/headless 6.0: no
 * `ambiguousWidth`-like setting, only `rescaleOverlappingGlyphs`, which is a renderer matter),
 * so the width of an ambiguous character is taken from string-width with
 * `ambiguousIsNarrow: false`, the same rule the app uses when told the terminal is wide.
 */
export function registerAmbiguousWide(terminal: Terminal): void {
	const base = unicode11Provider();
	const cache = new Map<number, 0 | 1 | 2>();
	const wcwidth = (codepoint: number): 0 | 1 | 2 => {
		const known = cache.get(codepoint);
		if (known !== undefined) {
			return known;
		}

		const narrow = base.wcwidth(codepoint);
		const width = narrow === 1 && stringWidth(String.fromCodePoint(codepoint), {ambiguousIsNarrow: false}) === 2 ? 2 : narrow;
		cache.set(codepoint, width);
		return width;
	};

	terminal.unicode.register({
		version: ambiguousWideVersion,
		wcwidth,
		// Same joining rule as UnicodeV11.charProperties: a zero-width mark joins the cell before it.
		charProperties(codepoint: number, preceding: number): number {
			let width: number = wcwidth(codepoint);
			let shouldJoin = width === 0 && preceding !== 0;
			if (shouldJoin) {
				const previousWidth = widthOf(preceding);
				if (previousWidth === 0) {
					shouldJoin = false;
				} else if (previousWidth > width) {
					width = previousWidth;
				}
			}

			return pack(width, shouldJoin);
		},
	});
	terminal.unicode.activeVersion = ambiguousWideVersion;
}
