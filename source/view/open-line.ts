/** The lines that open at the bottom of the screen: the search line after `/`, the command line after `:`. */
import type {DisplayLine, Segment} from '../screen/display-line.js';
import type {Measure} from '../text/measure.js';
import type {State} from '../state/state.js';
import {fitSegments} from './fit-row.js';
import {lineWindow} from './line-window.js';

/**
An open line at the bottom: its prompt, the text scrolled so the cursor shows, and what it says so far
(the count found), which keeps its place at the right of the text however long the query grows.
*/
function openLineRow(prompt: string, state: State, tail: readonly Segment[], measure: Measure): DisplayLine {
	const {columns} = state.size;
	const tailWidth = tail.reduce((sum, segment) => sum + measure.width(segment.text), 0);
	// The text keeps at least half the row; what it says is cut before the text is.
	const textColumns = Math.max(Math.ceil(columns / 2), columns - measure.width(prompt) - tailWidth);
	const window = lineWindow(state.draft, state.cursor, textColumns, measure);
	const windowWidth = window.reduce((sum, segment) => sum + measure.width(segment.text), 0);
	const text = windowWidth > textColumns ? fitSegments(window, textColumns, measure) : window;
	return fitSegments([{text: prompt, style: {bold: true}}, ...text, ...tail], columns, measure);
}

/** The search line: `/`, the text with the cursor shown as an inverse cell, and the count so far. */
export function searchRow(state: State, measure: Measure): DisplayLine {
	const tail: Segment[] = [];
	if (state.draft === '') {
		tail.push({text: state.searchHistory.length > 0 ? `Enter: ${state.searchHistory.at(-1) ?? ''} again  ↑ earlier searches` : 'words, "a phrase", -not, title:word, source:rfi, after:2020-07-01', style: {dim: true}});
	} else if (state.filter?.pending) {
		tail.push({text: '  searching…', style: {dim: true}});
	} else if (state.filter) {
		tail.push({text: `  ${state.filter.matches.length} found`, style: {dim: true}});
		if (state.filter.problems.length > 0) {
			tail.push({text: `  (${state.filter.problems.join('; ')})`, style: {dim: true}});
		}
	}

	return openLineRow('/', state, tail, measure);
}

/** The command line after `:`, with what it takes. */
export function commandRow(state: State, measure: Measure): DisplayLine {
	const tail: Segment[] = state.draft === '' ? [{text: 'article number, or a day: 2020-07-01   Enter runs, Esc cancels', style: {dim: true}}] : [];
	return openLineRow(':', state, tail, measure);
}
