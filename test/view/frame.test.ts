import {describe, expect, test} from 'vitest';
import {createMeasure, narrowMeasure} from '../../source/text/measure.js';
import {composeFrame} from '../../source/view/frame.js';
import {createReaderModel} from '../../source/services/reader-model.js';
import {memoryReading, memorySearcher} from '../helpers/memory-searcher.js';
import {initialState} from '../../source/state/state.js';
import {settle} from '../../source/state/settle.js';
import {displayWidth} from '../../source/text/display-width.js';
import {layoutFor} from '../../source/state/layout.js';
import {layoutArticle} from '../../source/article/article-lines.js';
import type {CorpusArticle} from '../../source/corpus/corpus.js';
import type {DisplayLine} from '../../source/screen/display-line.js';

const article = (index: number, headline: string, paragraph: string): CorpusArticle => ({
	id: `${index}.md`,
	path: `/corpus/${index}.md`,
	date: Date.UTC(2020, 6, 20 - index, 12, 0),
	headline,
	section: null,
	source: index % 2 === 0 ? '法广' : 'BBC',
	url: `https://example.com/${index}`,
	lead: [{type: 'strong', text: `导语：${headline}。`}],
	blocks: [{type: 'paragraph', runs: [{type: 'text', text: paragraph}]}, {type: 'image', alt: '图说', src: 'https://example.com/a.jpg'}],
	warnings: [],
	duplicateOf: index === 3 ? '2.md' : null,
});

const articles = [
	article(0, '中美关系：美国或公布“中共党员签证禁令”掀起舆论波澜', '近来，随着北京强行推出香港《国安法》，中美全面对抗局势进一步升级。'.repeat(6)),
	article(1, 'Short English headline', 'A paragraph in English about nothing in particular, long enough to wrap. '.repeat(4)),
	article(2, '香港立法会选举：民主派面对《国安法》与“不割席”的考验', '香港立法会选举将在9月举行……'.repeat(10)),
	article(3, '香港立法会选举：民主派面对《国安法》与“不割席”的考验', '重复的文章。'),
];

const text = (line: DisplayLine): string => line.map(segment => segment.text).join('');

describe.each([false, true])('composeFrame, ambiguous wide: %s', ambiguousWide => {
	const model = createReaderModel(articles, {measure: createMeasure({ambiguousWide}), skipped: 2, degraded: 1, searcher: memorySearcher(articles), ...memoryReading(articles), showYear: new Set(articles.flatMap(item => (item.date === null ? [] : [new Date(item.date).getFullYear()]))).size > 1, leadingSources: articles.map(item => item.source)});
	test.each([[120, 40], [100, 30], [99, 30], [60, 20], [30, 8]])('every row is exactly %i columns at %i rows', (columns, rows) => {
		const browse = initialState(articles.length, {columns, rows});
		// The panes, the help (scrolled to its end), a count, the command line and a long search line.
		const states = [
			browse,
			settle(settle(browse, {type: 'key', name: '?'}, model.world), {type: 'key', name: 'G'}, model.world),
			settle(browse, {type: 'keys', names: ['1', '2']}, model.world),
			settle(browse, {type: 'keys', names: [':', '2', '0']}, model.world),
			settle(settle(browse, {type: 'key', name: '/'}, model.world), {type: 'paste', text: '“香港”国安法 '.repeat(20)}, model.world),
		];
		for (const state of states) {
			const frame = composeFrame(state, model.frameSource);
			expect(frame).toHaveLength(layoutFor(state.size, state.maxTextWidth).kind === 'tooSmall' ? frame.length : rows);
			for (const row of frame) {
				expect(displayWidth(text(row), {ambiguousWide})).toBe(columns);
			}
		}
	});
});

describe('what the frame shows', () => {
	const model = createReaderModel(articles, {measure: narrowMeasure, skipped: 2, degraded: 1, searcher: memorySearcher(articles), ...memoryReading(articles), showYear: new Set(articles.flatMap(item => (item.date === null ? [] : [new Date(item.date).getFullYear()]))).size > 1, leadingSources: articles.map(item => item.source)});
	const state = initialState(articles.length, {columns: 120, rows: 30});
	const frame = composeFrame(state, model.frameSource).map(row => text(row));

	test('the selected row is marked without colour, duplicates with =', () => {
		expect(frame[0]?.startsWith('> 07-20 12:00 法广')).toBe(true);
		expect(frame[3]?.startsWith(' =07-17 12:00 BBC')).toBe(true);
	});

	test('long headlines end in … inside the list', () => {
		expect(frame[0]).toMatch(/…\s*│ 中美关系/);
	});

	test('the reader shows headline, meta line, lead and an image placeholder', () => {
		const reader = frame.map(row => row.slice(row.indexOf('│') + 2).trimEnd());
		expect(reader[0]).toBe('中美关系：美国或公布“中共党员签证禁令”掀起舆论波澜');
		expect(reader[1]).toBe('2020-07-20 12:00 · 法广 · https://example.com/0');
		expect(reader[3]).toBe('导语：中美关系：美国或公布“中共党员签证禁令”掀起舆论波澜。');
		expect(reader).toContain('[图片: 图说]');
	});

	test('the status bar counts articles, skipped files and files with problems', () => {
		expect(frame.at(-1)).toMatch(/^ 1\/4 {2}2 files skipped {2}1 file with problems .* list {2}\? help {2}q quit $/);
	});

	test('a search typed before search is ready says it is searching, never that nothing matched', () => {
		// A model of its own, never prepared: its search is still getting ready.
		const waiting = createReaderModel(articles, {measure: narrowMeasure, skipped: 0, degraded: 0, searcher: memorySearcher(articles), ...memoryReading(articles), showYear: false, leadingSources: articles.map(item => item.source)});
		const typing = settle(settle(state, {type: 'key', name: '/'}, waiting.world), {type: 'key', name: '港'}, waiting.world);
		const typed = composeFrame(typing, waiting.frameSource).map(row => text(row));
		expect(typed.at(-1)).toContain('searching…');
		expect(typed.join('\n')).not.toMatch(/0 found|No article matches/);
		const submitted = composeFrame(settle(typing, {type: 'key', name: 'enter'}, waiting.world), waiting.frameSource).map(row => text(row));
		expect(submitted.at(-1)).toMatch(/^ … {2}\/港: searching…/);
		expect(submitted.join('\n')).toContain('Searching…');
		expect(submitted.join('\n')).not.toMatch(/0\/0|0 found|No article matches/);
	});

	test('a search shows its count, and its hits are marked in the list and the reader', async () => {
		await model.prepare();
		const ready = settle(state, {type: 'searchReady'}, model.world);
		const searched = settle(settle(ready, {type: 'key', name: '/'}, model.world), {type: 'keys', names: ['香', '港']}, model.world);
		const submitted = settle(searched, {type: 'key', name: 'enter'}, model.world);
		const rows = composeFrame(submitted, model.frameSource);
		expect(text(rows.at(-1) ?? [])).toContain('/香港: 3 found');
		expect(text(rows.at(-1) ?? [])).toMatch(/hit 1\/\d+/);
		const hits = rows.flatMap(row => row.filter(segment => segment.style.hit).map(segment => segment.text));
		expect(hits.length).toBeGreaterThan(1);
		expect(new Set(hits)).toEqual(new Set(['香港']));
		expect(rows.some(row => row.some(segment => segment.style.current))).toBe(true);
	});

	test('the help screen lists the keys, scrolls, and says where it is', () => {
		const help = settle(state, {type: 'key', name: '?'}, model.world);
		const top = composeFrame(help, model.frameSource).map(row => text(row));
		expect(top[0]).toContain('corpus-reader keys');
		expect(top.at(-1)).toMatch(/^ help {2}lines 1-29\/\d+ {2}top .*q Esc \? close $/);
		const end = composeFrame(settle(help, {type: 'key', name: 'G'}, model.world), model.frameSource).map(row => text(row));
		expect(end.some(row => row.includes('print the article to stdout and quit'))).toBe(true);
		expect(end.at(-1)).toMatch(/^ help {2}lines \d+-(\d+)\/\1 {2}end/);
	});

	test('a count shows in the status bar as it is typed', () => {
		const typing = settle(settle(state, {type: 'key', name: '2'}, model.world), {type: 'key', name: '0'}, model.world);
		expect(text(composeFrame(typing, model.frameSource).at(-1) ?? [])).toMatch(/^ 1\/4 {2}20 /);
	});

	test('the command line shows what it takes, then what is typed', () => {
		const open = settle(state, {type: 'key', name: ':'}, model.world);
		expect(text(composeFrame(open, model.frameSource).at(-1) ?? [])).toMatch(/^: article number, or a day: 2020-07-01/);
		const typed = settle(open, {type: 'keys', names: ['2', '0']}, model.world);
		expect(text(composeFrame(typed, model.frameSource).at(-1) ?? []).trimEnd()).toBe(':20');
	});

	test('a long query scrolls: the cursor and the count stay in sight', async () => {
		await model.prepare();
		const query = `${'香港 '.repeat(30)}国安`;
		const ready = settle(state, {type: 'searchReady'}, model.world);
		const typing = settle(settle(ready, {type: 'key', name: '/'}, model.world), {type: 'paste', text: query}, model.world);
		const row = composeFrame(typing, model.frameSource).at(-1) ?? [];
		expect(text(row)).toMatch(/^\/… 香港.* 国安 {3}3 found {8}$/);
		expect(row.find(segment => segment.style.selected)?.text).toBe(' ');
		expect(displayWidth(text(row))).toBe(120);
	});

	test('too small a terminal gets the whole message, wrapped to its width', () => {
		const rows = composeFrame({...state, size: {columns: 20, rows: 5}}, model.frameSource).map(row => text(row));
		expect(rows.length).toBeLessThanOrEqual(5);
		expect(rows.map(row => displayWidth(row))).toEqual(rows.map(() => 20));
		expect(rows.map(row => row.trim()).join(' ')).toMatch(/^Too small \(20×5\): corpus-reader needs at least \d+×\d+\.$/);
	});

	test.each([false, true])('the help\'s key column is measured, not counted (ambiguous wide: %s)', ambiguousWide => {
		const measure = createMeasure({ambiguousWide});
		const wide = createReaderModel(articles, {measure, skipped: 0, degraded: 0, searcher: memorySearcher(articles), ...memoryReading(articles), showYear: false, leadingSources: []});
		const rows = composeFrame({...state, mode: 'help'}, wide.frameSource).slice(2, -1).filter(row => row.length > 1 && row[0]?.style.bold);
		expect(rows.some(row => /[←→↑↓]/.test(row[0]?.text ?? ''))).toBe(true);
		// Where each row's help text starts: one column for all.
		expect(new Set(rows.map(row => measure.width(row[0]?.text ?? '')))).toHaveProperty('size', 1);
	});
});

describe('the reader text: an even width, capped by the measure and centred', () => {
	const model = createReaderModel(articles, {measure: narrowMeasure, skipped: 0, degraded: 0, searcher: memorySearcher(articles), ...memoryReading(articles), showYear: false, leadingSources: articles.map(item => item.source)});
	/** Where the reader's text starts on each row (columns after the separator) and how wide its widest line is. */
	const readerText = (columns: number, rows: number, maxTextWidth: number | null) => {
		const frame = composeFrame(initialState(articles.length, {columns, rows}, {maxTextWidth}), model.frameSource).slice(0, -1).map(row => text(row));
		// The list's rows differ in code units (Han is one, two columns): each row's own separator.
		const reader = frame.map(row => row.slice(row.indexOf('│') + 1)).filter(row => row.trim() !== '');
		return {
			left: Math.min(...reader.map(row => row.length - row.trimStart().length)),
			widest: Math.max(...reader.map(row => displayWidth(row.trim()))),
			lines: reader.map(row => row.trim()),
		};
	};

	test.each([
		// Terminal size, cap → the text's left margin and width (Chinese lines fill it).
		[101, 30, 80, 1, 58],
		[120, 30, 80, 1, 68],
		[200, 40, 80, 19, 80],
		[200, 40, 60, 29, 60],
		[200, 40, null, 1, 116],
	])('%i×%i, cap %s: text from column %i, %i wide', (columns, rows, cap, left, width) => {
		const shown = readerText(columns, rows, cap);
		expect(shown.left).toBe(left);
		expect(shown.widest).toBe(width);
		// The Chinese paragraph fills every line but its last: no line a column short.
		const paragraph = layoutArticle(articles[0] as CorpusArticle, width).lines.map(line => text(line));
		expect(shown.lines).toEqual(expect.arrayContaining(paragraph.filter(line => line !== '')));
	});
});
