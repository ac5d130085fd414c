/**
The sources view as rows: a header, one row per source (name, articles, unread, newest date, and a
sparkline of its articles a month), and the status bar. Every row is exactly the terminal's width.
*/
import type {DisplayLine, Segment} from '../screen/display-line.js';
import type {Measure} from '../text/measure.js';
import {fitSegments} from './fit-row.js';
import {formatDateTime} from '../article/format-date.js';
import {sourcesHeight, type SourceCounts, type SourceRow} from '../state/sources.js';
import type {State} from '../state/state.js';

const bars = '▁▂▃▄▅▆▇█';

/**
A month's counts as one line of bars, at most `width` cells: months are summed in groups when there
are more than cells. A month without articles is a space, any other at least the lowest bar.
*/
export function sparkline(months: readonly number[], width: number): string {
	if (width <= 0 || months.length === 0) {
		return '';
	}

	const group = Math.ceil(months.length / width);
	const cells: number[] = [];
	for (let start = 0; start < months.length; start += group) {
		cells.push(months.slice(start, start + group).reduce((sum, count) => sum + count, 0));
	}

	const most = Math.max(...cells);
	return cells.map(count => (count === 0 ? ' ' : bars[Math.min(bars.length - 1, Math.floor((count / most) * (bars.length - 1)))] ?? '▁')).join('');
}

const number = (value: number): string => value.toLocaleString('en-US');

/** Column widths that fit the counts, the rest for the name and the sparkline. */
function columns(counts: SourceCounts, width: number, measure: Measure): {name: number; articles: number; unread: number; newest: number; spark: number} {
	const articles = Math.max('articles'.length, ...counts.rows.map(row => number(row.articles).length));
	const unread = Math.max('unread'.length, ...counts.rows.map(row => number(row.unread).length));
	const newest = 10;
	const widest = Math.max(6, ...counts.rows.map(row => measure.width(row.name || '(none)')));
	const fixed = 1 + articles + 2 + unread + 2 + newest + 2;
	const name = Math.max(6, Math.min(widest, 24, width - fixed - 12));
	return {name, articles, unread, newest, spark: Math.max(0, width - fixed - name - 2)};
}

function sourceRow(row: SourceRow, selected: boolean, widths: ReturnType<typeof columns>, state: State, measure: Measure): DisplayLine {
	const name = measure.pad(row.name || '(none)', widths.name);
	const date = row.newest === null ? '—'.padEnd(widths.newest) : formatDateTime(row.newest).slice(0, 10);
	// As the list draws its rows: the selection marked by `>` too (NO_COLOR), sources with unread articles bold.
	const base = selected ? {selected: true} : {};
	const segments: Segment[] = [
		{text: selected ? '>' : ' ', style: base},
		{text: name, style: selected || row.unread === 0 ? base : {bold: true}},
		{text: `  ${number(row.articles).padStart(widths.articles)}  `, style: base},
		{text: number(row.unread).padStart(widths.unread), style: selected ? base : (row.unread > 0 ? {bold: true} : {dim: true})},
		{text: `  ${date}  `, style: selected ? base : {dim: true}},
		{text: sparkline(row.months, widths.spark), style: base},
	];
	const line = fitSegments(segments, state.size.columns, measure);
	return selected ? line.map(segment => ({...segment, style: {...segment.style, selected: true}})) : line;
}

/** The view's rows above the status bar: the header, then the sources from the view's top. */
export function sourcesRows(state: State, measure: Measure): DisplayLine[] {
	const height = sourcesHeight(state);
	const width = state.size.columns;
	const view = state.sources;
	const counts = view?.counts;
	if (!view || !counts) {
		return [fitSegments([{text: ' Counting the sources…', style: {dim: true}}], width, measure), ...Array.from({length: height}, () => fitSegments([], width, measure))];
	}

	const widths = columns(counts, width, measure);
	const months = counts.firstMonth === null ? '' : `per month since ${counts.firstMonth}`;
	const header = fitSegments([{
		text: ` ${measure.pad('source', widths.name)}  ${'articles'.padStart(widths.articles)}  ${'unread'.padStart(widths.unread)}  ${'newest'.padEnd(widths.newest)}  ${months}`,
		style: {dim: true},
	}], width, measure);
	const rows = Array.from({length: height}, (_, index) => {
		const position = view.top + index;
		const row = counts.rows[position];
		return row ? sourceRow(row, position === view.selected, widths, state, measure) : fitSegments([], width, measure);
	});
	return [header, ...rows];
}

/** The status bar of the view: which source of how many, and the keys. */
export function sourcesStatusRow(state: State, measure: Measure): DisplayLine {
	const rows = state.sources?.counts?.rows.length ?? 0;
	const left: Segment[] = [{text: rows === 0 ? ' sources' : ` source ${(state.sources?.selected ?? 0) + 1}/${rows}`, style: {bold: true}}];
	if (state.notice) {
		left.push({text: `  ${state.notice}`, style: {bold: true}});
	}

	const right = 'Enter show  Esc back ';
	const fitted = fitSegments(left, Math.max(0, state.size.columns - measure.width(right)), measure);
	return fitSegments([...fitted, {text: right, style: {dim: true}}], state.size.columns, measure);
}
