/**
Emoji sequences drawn so that every terminal gives them the width they are measured at.

Terminals disagree on sequences: tmux 3.3 and xterm.js count `👍🏻` as 4 columns (the skin tone drawn
on its own), `❤️` as 1 (the emoji selector U+FE0F ignored) and `👨‍⚕️` as 3 (the parts of a ZWJ
sequence side by side), where string-width (the project's measure), kitty, WezTerm and iTerm2 count 2
each. A headline holding one put the pane border a column or two off. Asking the terminal (as the
ambiguous-width probe does) would make the layout depend on it, and `print --width` could not follow
in a pipe; instead such a sequence is drawn as its first character, the base emoji every terminal
counts alike, padded with spaces to the sequence's measured width (`👍🏻` → `👍`, `❤️` → `❤ `,
`👨‍⚕️` → `👨`). Widths, breaks and `print` stay as they are; only what reaches the screen changes.
*/
import {forEachGrapheme} from './graphemes.js';

/** What makes a sequence of a cluster: ZWJ, the emoji selector, the keycap, a skin tone. */
const sequencePart = /\u200D|\uFE0F|\u20E3|\p{Emoji_Modifier}/u;
/** An emoji in the cluster: ZWJ and U+FE0F also serve scripts (Indic conjuncts), which are left alone. */
const emoji = /\p{Extended_Pictographic}|\u20E3|\p{Emoji_Modifier}/u;

/** Whether terminals disagree on the width of one grapheme cluster. */
export function isEmojiSequence(cluster: string): boolean {
	// More than one code point: a skin tone or a selector alone is one character, measured alike.
	const first = cluster.codePointAt(0) ?? 0;
	return cluster.length > (first > 0xFF_FF ? 2 : 1) && sequencePart.test(cluster) && emoji.test(cluster);
}

/**
`text` with each emoji sequence replaced by its first character and the spaces that make up its width
by `cell` (the measure's width of a cluster), so the text's width by `cell` is unchanged.

@example
portableEmoji('点赞❤️👍🏻', cluster => stringWidth(cluster)) //=> '点赞❤ 👍'
*/
export function portableEmoji(text: string, cell: (cluster: string) => number): string {
	if (!sequencePart.test(text)) {
		return text;
	}

	let drawn = '';
	forEachGrapheme(text, (start, end) => {
		const cluster = text.slice(start, end);
		if (!isEmojiSequence(cluster)) {
			drawn += cluster;
			return;
		}

		const width = cell(cluster);
		const base = String.fromCodePoint(cluster.codePointAt(0) ?? 0x20);
		const baseWidth = cell(base);
		drawn += baseWidth <= width ? base + ' '.repeat(width - baseWidth) : ' '.repeat(width);
	});
	return drawn;
}
