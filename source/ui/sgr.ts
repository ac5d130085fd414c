import type {DisplayLine, Style} from '../screen/display-line.js';
import {hyperlink, hyperlinkTarget} from '../text/hyperlink.js';
import type {TextProps} from './theme.js';

const colors: Readonly<Record<string, number>> = {black: 0, red: 1, green: 2, yellow: 3, blue: 4, magenta: 5, cyan: 6, white: 7};

/** The SGR escape that turns the props on; the row resets with `ESC[0m` after each segment. */
function sgr(props: TextProps): string {
	const codes: number[] = [];
	if (props.bold) {
		codes.push(1);
	}

	if (props.dimColor) {
		codes.push(2);
	}

	if (props.italic) {
		codes.push(3);
	}

	if (props.underline) {
		codes.push(4);
	}

	if (props.inverse) {
		codes.push(7);
	}

	if (props.color !== undefined && colors[props.color] !== undefined) {
		codes.push(30 + (colors[props.color] ?? 0));
	}

	if (props.backgroundColor !== undefined && colors[props.backgroundColor] !== undefined) {
		codes.push(40 + (colors[props.backgroundColor] ?? 0));
	}

	return codes.length === 0 ? '' : `\u001B[${codes.join(';')}m`;
}

/**
A screen row as one string with its styles as escape codes, and with `hyperlinks` its links as OSC 8
hyperlinks, each opened and closed inside its segment so that a row never leaves one open. The frame's
rows, joined, are one Ink `<Text>` (not one per segment): that keeps Ink's layout work per frame small,
once most of a keypress's time.
*/
export function rowToAnsi(line: DisplayLine, theme: (style: Style) => TextProps, hyperlinks = false): string {
	let row = '';
	for (const segment of line) {
		const on = sgr(theme(segment.style));
		const link = hyperlinks ? segment.style.hyperlink : undefined;
		const target = link === undefined ? null : hyperlinkTarget(link.url);
		const text = target === null || link === undefined ? segment.text : hyperlink(segment.text, target, `corpus-reader-${link.id}`);
		row += on === '' ? text : `${on}${text}\u001B[0m`;
	}

	return row;
}
