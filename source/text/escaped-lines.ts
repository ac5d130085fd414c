/**
Wrapped lines of a text that held escape sequences: the breaks are chosen on the shown text alone
(escapes are zero-width), then each escape goes back where it stood, whole.

A style open at a break is closed at the end of the line and opened again at the start of the next,
as wrap-ansi does. Escapes at a break (with the spaces dropped there) are styles that change between
the two lines: they are folded into what the lines close and open rather than written in the gap, so
no line ends opening a colour it never shows. Other escapes found there start the next line.
*/
import type {EscapedText} from './escape-sequences.js';
import {StyleTracker} from './style-tracker.js';

/** Offsets `[start, end)` of one line in the shown text. */
type Range = {readonly start: number; readonly end: number};

/**
The lines of `escaped.plain` given by `ranges` (increasing, as `wrapRanges` returns them), with the
escape sequences laid back in.

@example
escapedLines(separateEscapes('\u001B[31m红色 文字\u001B[39m'), [{start: 0, end: 2}, {start: 3, end: 5}])
//=> ['\u001B[31m红色\u001B[39m', '\u001B[31m文字\u001B[39m']
*/
export function escapedLines(escaped: EscapedText, ranges: readonly Range[]): string[] {
	const {plain, escapes} = escaped;
	const tracker = new StyleTracker();
	const lines: string[] = [];
	let next = 0;
	for (const [index, {start, end}] of ranges.entries()) {
		const last = index === ranges.length - 1;
		let line = '';
		// Whether this line wrote a style that it must close again.
		let styled = false;
		// Up to the line's start: the text's leading escapes, or those of the break before this line.
		let others = '';
		while (next < escapes.length && (escapes[next]?.offset ?? 0) <= start) {
			const sequence = escapes[next]?.sequence ?? '';
			const style = tracker.apply(sequence);
			if (index === 0) {
				line += sequence;
				styled ||= style;
			} else if (!style) {
				others += sequence;
			}

			next++;
		}

		if (index > 0 && end > start && tracker.isOpen) {
			line += tracker.opening();
			styled = true;
		}

		line += others;
		let copied = start;
		while (next < escapes.length && ((escapes[next]?.offset ?? 0) < end || last)) {
			const {offset, sequence} = escapes[next] ?? {offset: end, sequence: ''};
			line += plain.slice(copied, Math.min(offset, end)) + sequence;
			copied = Math.max(copied, Math.min(offset, end));
			const style = tracker.apply(sequence);
			styled ||= style;
			next++;
		}

		line += plain.slice(copied, end);
		if (!last && styled && tracker.isOpen) {
			line += tracker.closing();
		}

		lines.push(line);
	}

	return lines;
}
