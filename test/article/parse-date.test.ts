import {expect, test} from 'vitest';
import {parisTime} from '../../source/article/parse-date.js';

test.each([
	// Winter (CET, UTC+1), summer (CEST, UTC+2), and both sides of the 2020 changes (29 March, 25 October).
	[2020, 1, 15, 12, 0, '2020-01-15T11:00:00.000Z'],
	[2020, 7, 20, 14, 11, '2020-07-20T12:11:00.000Z'],
	[2020, 3, 29, 1, 30, '2020-03-29T00:30:00.000Z'],
	[2020, 3, 29, 3, 30, '2020-03-29T01:30:00.000Z'],
	[2020, 10, 25, 1, 30, '2020-10-24T23:30:00.000Z'],
	[2020, 10, 25, 4, 0, '2020-10-25T03:00:00.000Z'],
	[2022, 6, 15, 21, 48, '2022-06-15T19:48:00.000Z'],
])('Paris wall time %i-%i-%i %i:%i is %s', (year, month, day, hourOfDay, minute, iso) => {
	expect(new Date(parisTime(year, month, day, hourOfDay, minute)).toISOString()).toBe(iso);
});
