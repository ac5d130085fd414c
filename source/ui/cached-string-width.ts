/**
string-width with a cache that lives across frames, swapped in for Ink's own imports of string-width
when the command line is bundled (package.json `bundle`: `--alias:string-width=…`). Ink measures every
row of every frame, twice (measure-text, render-node-to-output), and every character again in its
output stage; a keypress changes a row or two, so almost every string it measures is one it measured
a frame ago. Ink 6.8 keeps its caches for one frame only (a new Output each render): this was most of
a key's time (a CPU profile of 100 `j` presses: string-width and its emoji regex, ~60%).

A row it has not seen (the reader pane's, when the selection moves) is measured cluster by cluster
with the project's own cached cluster widths: string-width too sums the widths of the clusters of the
text stripped of escapes, so the answer is the same, without its regular expressions per cluster.
*/
import stringWidth from '../../node_modules/string-width/index.js';
import {RecentMap} from '../common/recent-map.js';
import {forEachGrapheme} from '../text/graphemes.js';
import {graphemeWidth} from '../text/grapheme-width.js';

type Options = Parameters<typeof stringWidth>[1];

/** Enough for every row and character of a few frames at 200×50. */
const widths = new RecentMap<string, number>(20_000);

/** SGR escapes and OSC 8 hyperlinks (BEL-ended, as ui/sgr.ts writes them), the only escapes in the reader's rows. */
const sgr = /\u001B\[[\d;]*m|\u001B\]8;[^\u0007\u001B]*\u0007/g;

/** string-width's answer for `text` (narrow ambiguous characters, as Ink asks). */
function measure(text: string): number {
	const plain = text.includes('\u001B') ? text.replace(sgr, '') : text;
	if (plain.includes('\u001B')) {
		// Escapes other than SGR: string-width's own stripping decides.
		return stringWidth(text);
	}

	let width = 0;
	forEachGrapheme(plain, (start, end) => {
		width += graphemeWidth(end - start === 1 ? plain[start] ?? '' : plain.slice(start, end));
	});
	return width;
}

/** `stringWidth`, remembered for calls without options (Ink's). */
export default function cachedStringWidth(text: string, options?: Options): number {
	return options === undefined ? widths.getOrMake(text, () => measure(text)) : stringWidth(text, options);
}
