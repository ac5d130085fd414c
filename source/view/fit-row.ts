import type {Segment} from '../screen/display-line.js';
import {forEachGrapheme} from '../text/graphemes.js';
import type {Measure} from '../text/measure.js';
import {portableEmoji} from '../text/portable-emoji.js';

/** The segments as the screen gets them: emoji sequences drawn so every terminal agrees on their width. */
function drawn(segments: readonly Segment[], measure: Measure): Segment[] {
	return segments.map(segment => {
		const text = portableEmoji(segment.text, measure.cell);
		return text === segment.text ? segment : {text, style: segment.style};
	});
}

/**
Styled segments cut to at most `width` columns, with `…` where text was cut, and padded with spaces to
exactly `width`: every row handed to Ink already fits, so Ink never wraps or truncates (its own
truncation is a column too wide on CJK), and no terminal draws it wider (text/portable-emoji.ts).
*/
export function fitSegments(segments: readonly Segment[], width: number, measure: Measure): Segment[] {
	const total = segments.reduce((sum, segment) => sum + measure.width(segment.text), 0);
	if (total <= width) {
		return total === width ? drawn(segments, measure) : [...drawn(segments, measure), {text: ' '.repeat(width - total), style: {}}];
	}

	const ellipsis = '…';
	const budget = width - measure.cell(ellipsis);
	const result: Segment[] = [];
	let used = 0;
	let lastStyle = {};
	for (const segment of segments) {
		let end = 0;
		let full = false;
		forEachGrapheme(segment.text, (start, stop) => {
			if (full) {
				return;
			}

			const cell = measure.cell(segment.text.slice(start, stop));
			if (used + cell > budget) {
				full = true;
				return;
			}

			used += cell;
			end = stop;
		});
		if (end > 0) {
			result.push({text: segment.text.slice(0, end), style: segment.style});
			lastStyle = segment.style;
		}

		if (full) {
			break;
		}
	}

	if (budget < 0) {
		// Narrower than the ellipsis itself: blanks are all that fits.
		return [{text: ' '.repeat(Math.max(0, width)), style: {}}];
	}

	result.push({text: ellipsis, style: lastStyle});
	used += measure.cell(ellipsis);
	if (used < width) {
		result.push({text: ' '.repeat(width - used), style: {}});
	}

	return drawn(result, measure);
}
