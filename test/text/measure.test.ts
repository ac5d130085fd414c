import {expect, test} from 'vitest';
import {createMeasure} from '../../source/text/measure.js';

test('every function of a measure uses its one setting', () => {
	const narrow = createMeasure({ambiguousWide: false});
	const wide = createMeasure({ambiguousWide: true});
	expect([narrow.width('“好”'), wide.width('“好”')]).toEqual([4, 6]);
	expect(narrow.wrap('他说：“好”', 10)).toEqual(['他说：“好”']);
	expect(wide.wrap('他说：“好”', 10)).toEqual(['他说：', '“好”']);
	expect(wide.wrapRanges('他说：“好”', 10)).toEqual([{start: 0, end: 3}, {start: 3, end: 6}]);
	expect(wide.wrapRuns([{text: '他说：“好”', style: 1}], 10).map(line => line.segments)).toEqual([[{text: '他说：', style: 1}], [{text: '“好”', style: 1}]]);
	expect([narrow.truncate('中华人民共和国', 7), wide.truncate('中华人民共和国', 7)]).toEqual(['中华人…', '中华…']);
	expect(wide.pad('…', 3)).toBe('… ');
	expect(wide.ambiguousWide).toBe(true);
});
