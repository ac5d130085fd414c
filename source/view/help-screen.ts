/**
The help screen's lines, from the key map: one binding a row, its text wrapped beside the key column
(below the keys when the screen is too narrow for a column), then the search line's editing keys. It
scrolls: the frame shows the lines from `helpTop` (state/navigation.ts), and the status bar says where.
*/
import type {DisplayLine} from '../screen/display-line.js';
import type {Measure} from '../text/measure.js';
import {helpRows} from '../state/keymap.js';

/** Below this many columns beside the key column, each binding's text goes under its keys. */
const narrowestColumn = 24;
const indent = '    ';

const notes = [
	'On the search line: Backspace, ← →, Home End (Ctrl-A Ctrl-E), Ctrl-U (clear to the start) and Ctrl-W (delete a word) edit it; a paste is one edit, never keys.',
	'On the command line (:): a number goes to that article of the list, a date (2020-07-01) to the first article of that day; Enter runs it, Esc cancels.',
];

/** Every line of the help at `width` columns, each at most that wide. */
export function helpLines(width: number, measure: Measure): DisplayLine[] {
	const rows = helpRows();
	// Measured, not counted: the arrows in the key column are ambiguous-width.
	const keysWidth = Math.max(...rows.map(row => measure.width(` ${row.keys}`))) + 2;
	const beside = width - keysWidth >= narrowestColumn;
	const title = {text: 'corpus-reader keys', style: {bold: true}};
	const closing = {text: '(q, Esc or ? to close)', style: {dim: true}};
	const lines: DisplayLine[] = measure.width(`${title.text}   ${closing.text}`) <= width
		? [[title, {...closing, text: `   ${closing.text}`}], []]
		: [[title], [closing], []];
	for (const row of rows) {
		if (beside) {
			const [first = '', ...rest] = measure.wrap(row.help, width - keysWidth);
			lines.push(
				[{text: measure.pad(` ${row.keys}`, keysWidth), style: {bold: true}}, {text: first, style: {}}],
				...rest.map(line => [{text: ' '.repeat(keysWidth), style: {}}, {text: line, style: {}}]),
			);
		} else {
			lines.push(
				[{text: measure.truncate(` ${row.keys}`, width), style: {bold: true}}],
				...measure.wrap(row.help, Math.max(1, width - indent.length)).map(line => [{text: indent, style: {}}, {text: line, style: {}}]),
			);
		}
	}

	for (const note of notes) {
		lines.push([], ...measure.wrap(note, Math.max(1, width - 1)).map(line => [{text: ` ${line}`, style: {dim: true}}]));
	}

	return lines;
}
