import {expect, test} from 'vitest';
import {parseQueryDate} from '../../source/search/query-date.js';

test.each([
	['2020-07-01', new Date(2020, 6, 1)],
	['2020/7/1', new Date(2020, 6, 1)],
	['2020.12.31', new Date(2020, 11, 31)],
	['2020-07', new Date(2020, 6, 1)],
	['2020', new Date(2020, 0, 1)],
	['2020-02-29', new Date(2020, 1, 29)],
])('%s is local midnight of that day', (text, date) => {
	expect(parseQueryDate(text)).toBe(date.getTime());
});

test.each(['2021-02-29', '2020-13-01', '2020-00', '20-07-01', '2020-07-01T00:00', '', 'today'])('%j is no date', text => {
	expect(parseQueryDate(text)).toBeNull();
});
