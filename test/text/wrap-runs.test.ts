import {describe, expect, test} from 'vitest';
import {runsPlainText, wrapRuns, type StyledRun} from '../../source/text/wrap-runs.js';
import {splitRunsAtRanges} from '../../source/text/highlight.js';
import {wrapText} from '../../source/text/wrap.js';

type Style = {readonly bold: boolean; readonly hit: boolean};
const plain: Style = {bold: false, hit: false};
const bold: Style = {bold: true, hit: false};

const lineTexts = <S>(lines: ReturnType<typeof wrapRuns<S>>): string[] => lines.map(line => line.segments.map(segment => segment.text).join(''));

describe('wrapRuns', () => {
	test('splits runs at line breaks and keeps their styles', () => {
		const runs: Array<StyledRun<Style>> = [{text: '中文', style: plain}, {text: '粗体字', style: bold}];
		expect(wrapRuns(runs, 6)).toEqual([
			{segments: [{text: '中文', style: plain}, {text: '粗', style: bold}], start: 0, end: 3},
			{segments: [{text: '体字', style: bold}], start: 3, end: 5},
		]);
	});

	test('breaks where wrapText breaks the joined text, with or without highlights', () => {
		const runs: Array<StyledRun<Style>> = [
			{text: '据新华社报道，习近平说：“', style: plain},
			{text: '中国愿意', style: bold},
			{text: '继续与俄罗斯相互支持。” 法新社 (AFP) 注意到……', style: plain},
		];
		const text = runsPlainText(runs);
		for (const width of [5, 8, 13, 20]) {
			const expected = wrapText(text, width);
			expect(lineTexts(wrapRuns(runs, width))).toEqual(expected);
			const marked = splitRunsAtRanges(runs, [{start: 2, end: 5}, {start: 14, end: 20}], style => ({...style, hit: true}));
			expect(lineTexts(wrapRuns(marked, width))).toEqual(expected);
		}
	});

	test('line offsets map a hit to its line; spaces at breaks are in no line', () => {
		const lines = wrapRuns([{text: 'ab cd', style: plain}, {text: '\n', style: plain}, {text: 'ef', style: bold}], 3);
		expect(lines.map(line => [line.start, line.end])).toEqual([[0, 2], [3, 5], [6, 8]]);
		expect(lines[2]?.segments).toEqual([{text: 'ef', style: bold}]);
	});

	test('an empty paragraph gives an empty line with no segments', () => {
		expect(wrapRuns([{text: 'a\n\nb', style: plain}], 5).map(line => line.segments.length)).toEqual([1, 0, 1]);
	});
});

describe('splitRunsAtRanges', () => {
	const mark = (style: Style): Style => ({...style, hit: true});

	test('marks a range spanning two runs', () => {
		const runs: Array<StyledRun<Style>> = [{text: '北京新', style: plain}, {text: '闻网', style: bold}];
		expect(splitRunsAtRanges(runs, [{start: 2, end: 4}], mark)).toEqual([
			{text: '北京', style: plain},
			{text: '新', style: {bold: false, hit: true}},
			{text: '闻', style: {bold: true, hit: true}},
			{text: '网', style: bold},
		]);
	});

	test('ranges in any order; empty ranges ignored; text unchanged', () => {
		const runs: Array<StyledRun<Style>> = [{text: 'abcdef', style: plain}];
		const result = splitRunsAtRanges(runs, [{start: 4, end: 5}, {start: 1, end: 1}, {start: 0, end: 2}], mark);
		expect(result.map(run => [run.text, run.style.hit])).toEqual([['ab', true], ['cd', false], ['e', true], ['f', false]]);
	});

	test('mark receives the range, so the current hit can look different', () => {
		const runs: Array<StyledRun<string>> = [{text: 'aXbXc', style: ''}];
		const result = splitRunsAtRanges(runs, [{start: 1, end: 2, current: false}, {start: 3, end: 4, current: true}], (_style, range) => (range.current ? 'current' : 'hit'));
		expect(result.map(run => run.style)).toEqual(['', 'hit', '', 'current', '']);
	});
});
