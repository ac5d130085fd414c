/**
string-width with a cache that lives across frames, swapped in for Ink's own imports of string-width
when the command line is bundled (package.json `bundle`: `--alias:string-width=…`). Ink measures every
row of every frame, twice (measure-text, render-node-to-output), and every character again in its
output stage; a keypress changes a row or two, so almost every string it measures is one it measured
a frame ago. Ink 6.8 keeps its caches for one frame only (a new Output each render): this was most of
a key's time (a CPU profile of 100 `j` presses: string-width and its emoji regex, ~60%).
*/
import stringWidth from '../../node_modules/string-width/index.js';
import {RecentMap} from '../common/recent-map.js';

type Options = Parameters<typeof stringWidth>[1];

/** Enough for every row and character of a few frames at 200×50. */
const widths = new RecentMap<string, number>(20_000);

/** `stringWidth`, remembered for calls without options (Ink's). */
export default function cachedStringWidth(text: string, options?: Options): number {
	return options === undefined ? widths.getOrMake(text, () => stringWidth(text)) : stringWidth(text, options);
}
