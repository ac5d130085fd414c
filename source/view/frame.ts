import type {ArticleLayout} from '../article/article-lines.js';
import type {DisplayLine, Segment, Style} from '../screen/display-line.js';
import type {ArticleList} from '../corpus/corpus.js';
import type {Measure} from '../text/measure.js';
import {formatDateTime, formatShortDateTime} from '../article/format-date.js';
import {fitSegments} from './fit-row.js';
import {commandRow, searchRow} from './open-line.js';
import {layoutFor, minimumSize, type Layout} from '../state/layout.js';
import {articleAt, selectedArticle, shownScript, visibleCount, type State} from '../state/state.js';
import {scriptLabels} from '../state/script.js';
import {hiddenCopies} from '../state/copies.js';
import {sourcesRows, sourcesStatusRow} from './sources-screen.js';
import type {Script} from '../text/han-script.js';

/** What drawing a frame needs besides the state: the corpus and memoised views of it. */
export type FrameSource = {
	readonly articles: ArticleList;
	/** The run's one measure: every width on the screen. */
	readonly measure: Measure;
	/** The corpus spans more than one year: the list shows years. */
	readonly showYear: boolean;
	/** Columns for the source name in list rows. */
	readonly sourceWidth: number;
	/** Files that did not load, and files loaded with problems, for the status bar. */
	readonly skipped: number;
	readonly degraded: number;
	/** The article laid out at a width in a script, with the current filter's hits marked. */
	readonly layout: (article: number, width: number, query: string | null, currentHit: number, script?: Script) => ArticleLayout;
	/** An article's headline in a script, for the list. */
	readonly headline: (article: number, script: Script) => string;
	/** Offsets of the filter's hits in an article's headline as shown in a script, for the list. */
	readonly headlineHits: (article: number, query: string, script?: Script) => ReadonlyArray<readonly [number, number]>;
	/** The reading state's marks of an article (a corpus position). */
	readonly isRead: (article: number) => boolean;
	readonly isStarred: (article: number) => boolean;
	/** The help screen's lines at a width (view/help-screen.ts). */
	readonly helpLines: (width: number) => readonly DisplayLine[];
};

type Panes = Exclude<Layout, {kind: 'tooSmall'}>;

/** Box-drawing lines are East Asian Ambiguous: where those are wide, plain ASCII keeps the panes aligned. */
const rules = (measure: Measure) => measure.ambiguousWide ? {vertical: '|', horizontal: '-'} : {vertical: '│', horizontal: '─'};

function headlineSegments(text: string, hits: ReadonlyArray<readonly [number, number]>, style: Style): Segment[] {
	const segments: Segment[] = [];
	let offset = 0;
	for (const [start, end] of hits) {
		if (start < offset) {
			continue;
		}

		segments.push({text: text.slice(offset, start), style}, {text: text.slice(start, end), style: {...style, hit: true}});
		offset = end;
	}

	segments.push({text: text.slice(offset), style});
	return segments.filter(segment => segment.text !== '');
}

function listRow(state: State, source: FrameSource, position: number, width: number): DisplayLine {
	const index = articleAt(state, position);
	const article = index === undefined ? undefined : source.articles.at(index);
	if (index === undefined || !article) {
		return fitSegments([], width, source.measure);
	}

	const selected = position === state.selected;
	const read = source.isRead(index);
	// Read rows dim, unread headlines bold: attributes, not colours, so NO_COLOR shows them too.
	const base: Style = selected ? {selected: true} : (read ? {dim: true} : {});
	const headline: Style = read || selected ? base : {...base, bold: true};
	const date = source.showYear ? formatDateTime(article.date) : formatShortDateTime(article.date);
	const sourceName = fitSegments([{text: article.source, style: {}}], source.sourceWidth, source.measure).map(segment => segment.text).join('');
	const hits = state.filter ? source.headlineHits(index, state.filter.query, shownScript(state)) : [];
	return fitSegments([
		// The marker shows the selection without colour (NO_COLOR, monochrome terminals).
		{text: selected ? '>' : ' ', style: base},
		// One column for both marks: a star counts for more than being a copy.
		{text: source.isStarred(index) ? '*' : (article.duplicateOf === null ? ' ' : '='), style: base},
		{text: `${date} ${sourceName} `, style: selected ? base : {...base, dim: true}},
		...headlineSegments(source.headline(index, shownScript(state)), hits, headline),
	], width, source.measure);
}

/** A reader line inside the pane's margins: the text column where the layout puts it, the rest blank. */
function inMargins(line: DisplayLine, layout: Panes): DisplayLine {
	const right = layout.reader.width - layout.textLeft - layout.textWidth;
	return [{text: ' '.repeat(layout.textLeft), style: {}}, ...line, {text: ' '.repeat(Math.max(0, right)), style: {}}];
}

/** The reader pane's rows, each `layout.reader.width` wide. */
function readerRows(state: State, source: FrameSource, layout: Panes): DisplayLine[] {
	const article = selectedArticle(state);
	const {height} = layout.reader;
	const empty = fitSegments([], layout.textWidth, source.measure);
	const lines = article === undefined
		? [[{text: state.filter?.pending ? 'Searching… (the index is still getting ready)' : (state.filter ? 'No article matches the search.' : 'No article.'), style: {dim: true}}]]
		: source.layout(article, layout.textWidth, state.filter?.query ?? null, state.hit, shownScript(state)).lines;
	const rows: DisplayLine[] = [];
	for (let row = 0; row < height; row++) {
		const line = lines[state.readerTop + row];
		rows.push(inMargins(line ? fitSegments(line, layout.textWidth, source.measure) : empty, layout));
	}

	return rows;
}

/** The help lines from `helpTop`, as many as fit above the status bar. */
function helpRowsShown(state: State, source: FrameSource, height: number): DisplayLine[] {
	const lines = source.helpLines(state.size.columns);
	const top = Math.min(state.helpTop, Math.max(0, lines.length - height));
	return Array.from({length: height}, (_, index) => fitSegments(lines[top + index] ?? [], state.size.columns, source.measure));
}

/** Where the help is scrolled to, as less says it (`lines 1-23/41  56%`), and how to move and close it. */
function helpStatusRow(state: State, source: FrameSource, height: number): DisplayLine {
	const total = source.helpLines(state.size.columns).length;
	const top = Math.min(state.helpTop, Math.max(0, total - height));
	const bottom = Math.min(total, top + height);
	let where = 'all';
	if (total > height) {
		where = bottom >= total ? 'end' : (top === 0 ? 'top' : `${Math.floor((bottom / total) * 100)}%`);
	}

	const left: Segment[] = [{text: ` help  lines ${top + 1}-${bottom}/${total}  ${where}`, style: {bold: true}}, ...countSegment(state)];
	const right = 'j k Space scroll  q Esc ? close ';
	const fitted = fitSegments(left, Math.max(0, state.size.columns - source.measure.width(right)), source.measure);
	return fitSegments([...fitted, {text: right, style: {dim: true}}], state.size.columns, source.measure);
}

/** The count being typed (`20` of `20G`), for the status bar. */
const countSegment = (state: State): Segment[] => state.count === null ? [] : [{text: `  ${state.count}`, style: {bold: true}}];

/** Position in the article, as less shows it. */
function readingPosition(state: State, source: FrameSource, layout: Panes): string {
	const article = selectedArticle(state);
	if (article === undefined) {
		return '';
	}

	const total = source.layout(article, layout.textWidth, null, -1, shownScript(state)).lines.length;
	if (total <= layout.reader.height) {
		return 'all';
	}

	const bottom = Math.min(total, state.readerTop + layout.reader.height);
	return bottom >= total ? 'end' : `${Math.floor((bottom / total) * 100)}%`;
}

function statusRow(state: State, source: FrameSource, layout: Panes): DisplayLine {
	const count = visibleCount(state);
	const parts: Segment[] = [{text: state.filter?.pending ? ' …' : (count === 0 ? ' 0/0' : ` ${state.selected + 1}/${count}`), style: {bold: true}}, ...countSegment(state)];
	const hidden = hiddenCopies(state);
	if (hidden > 0) {
		parts.push({text: `  ${hidden.toLocaleString('en-US')} ${hidden === 1 ? 'duplicate' : 'duplicates'} hidden (=)`, style: {dim: true}});
	}

	if (state.filter) {
		parts.push({text: `  /${state.filter.query}: ${state.filter.pending ? 'searching…' : `${state.filter.matches.length} found`}`, style: {}});
		if (state.hit >= 0) {
			const article = selectedArticle(state);
			const hits = article === undefined ? 0 : source.layout(article, layout.textWidth, state.filter.query, state.hit, shownScript(state)).hitLines.length;
			parts.push({text: `  hit ${state.hit + 1}/${hits}`, style: {}});
		}

		if (state.filter.problems.length > 0) {
			parts.push({text: `  (${state.filter.problems.join('; ')})`, style: {dim: true}});
		}
	}

	const files = (count: number): string => `${count} ${count === 1 ? 'file' : 'files'}`;
	if (state.script !== 'original') {
		parts.push({text: `  ${scriptLabels[state.script]}${state.scriptReady ? '' : '…'}`, style: {}});
	}

	if (source.skipped > 0) {
		parts.push({text: `  ${files(source.skipped)} skipped`, style: {dim: true}});
	}

	if (source.degraded > 0) {
		parts.push({text: `  ${files(source.degraded)} with problems`, style: {dim: true}});
	}

	if (state.notice) {
		parts.push({text: `  ${state.notice}`, style: {bold: true}});
	}

	if (state.background) {
		parts.push({text: `  ${state.background}`, style: {dim: true}});
	}

	const right = `${readingPosition(state, source, layout)}  ${state.pane === 'list' ? 'list' : 'reader'}  ? help  q quit `;
	const rightWidth = source.measure.width(right);
	const left = fitSegments(parts, Math.max(0, state.size.columns - rightWidth), source.measure);
	return fitSegments([...left, {text: right, style: {dim: true}}], state.size.columns, source.measure);
}

/** The bottom row: the open line, the help's position, or the status bar. */
function bottomRow(state: State, source: FrameSource, layout: Panes): DisplayLine {
	switch (state.mode) {
		case 'search': {
			return searchRow(state, source.measure);
		}

		case 'command': {
			return commandRow(state, source.measure);
		}

		case 'help': {
			return helpStatusRow(state, source, state.size.rows - 1);
		}

		case 'sources': {
			return sourcesStatusRow(state, source.measure);
		}

		case 'browse': {
			return statusRow(state, source, layout);
		}
	}
}

/** The whole screen as rows of styled segments, each exactly as wide as the terminal; the last is the status bar or the search line. */
export function composeFrame(state: State, source: FrameSource): DisplayLine[] {
	const layout = layoutFor(state.size, state.maxTextWidth);
	if (layout.kind === 'tooSmall') {
		// Wrapped, not cut: the message is wider than the screen it is for.
		const message = `Too small (${state.size.columns}×${state.size.rows}): corpus-reader needs at least ${minimumSize.columns}×${minimumSize.rows}.`;
		return source.measure.wrap(message, state.size.columns).slice(0, Math.max(1, state.size.rows))
			.map(line => fitSegments([{text: line, style: {bold: true}}], state.size.columns, source.measure));
	}

	const {vertical, horizontal} = rules(source.measure);
	const rows: DisplayLine[] = [];
	if (state.mode === 'help') {
		rows.push(...helpRowsShown(state, source, state.size.rows - 1));
	} else if (state.mode === 'sources') {
		rows.push(...sourcesRows(state, source.measure));
	} else if (layout.kind === 'side') {
		const reader = readerRows(state, source, layout);
		for (let row = 0; row < layout.list.height; row++) {
			rows.push([
				...listRow(state, source, state.listTop + row, layout.list.width),
				{text: vertical, style: {dim: true}},
				...(reader[row] ?? []),
			]);
		}
	} else {
		for (let row = 0; row < layout.list.height; row++) {
			rows.push(listRow(state, source, state.listTop + row, layout.list.width));
		}

		rows.push(fitSegments([{text: horizontal.repeat(state.size.columns), style: {dim: true}}], state.size.columns, source.measure));
		rows.push(...readerRows(state, source, layout));
	}

	rows.push(bottomRow(state, source, layout));
	return rows;
}
