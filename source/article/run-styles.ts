/** How the reader styles an article's runs: strong bold, emphasis italic (but never on Han), links as links. */
import type {Inline} from './article.js';
import {hanRanges} from '../text/han-ranges.js';
import {splitRunsAtRanges} from '../text/highlight.js';
import type {StyledRun} from '../text/wrap-runs.js';
import type {Style} from '../screen/display-line.js';

/** A run's style on top of its block's. */
export const runStyle = (run: Inline, base: Style): Style => {
	switch (run.type) {
		case 'strong': {
			return {...base, bold: true};
		}

		case 'emphasis': {
			return {...base, italic: true};
		}

		case 'link': {
			return {...base, link: true};
		}

		default: {
			return base;
		}
	}
};

/** The italic runs' Han stretches restyled as accents: a sheared Han glyph is no italic (see text/han-ranges.ts). */
export function unslantHan(runs: Array<StyledRun<Style>>): Array<StyledRun<Style>> {
	if (!runs.some(run => run.style.italic)) {
		return runs;
	}

	return splitRunsAtRanges(runs, hanRanges(runs.map(run => run.text).join('')), style => {
		if (!style.italic) {
			return style;
		}

		const {italic: _slant, ...rest} = style;
		return {...rest, accent: true};
	});
}
