import {describe, expect, test} from 'vitest';
import {describeCondition, dumpScreen, toScreenTest} from './wait-condition.js';

const screen = ['标题 title', '', '1/15720'];

describe('toScreenTest', () => {
	test.each([
		['1/15720', true],
		['标题 title\n\n1/', true],
		['absent', false],
		[/^\d+\/\d+$/m, true],
		[/^title/m, false],
		[(rows: string[]) => rows.length === 3, true],
	])('%s on the screen: %s', (condition, expected) => {
		expect(toScreenTest(condition)(screen)).toBe(expected);
	});

	test('a global pattern gives the same answer every time', () => {
		const test = toScreenTest(/title/g);
		expect([test(screen), test(screen), test(screen)]).toEqual([true, true, true]);
	});
});

describe('describeCondition', () => {
	test.each([
		['a"b', '"a\\"b"'],
		[/\d+/u, '/\\d+/u'],
		[function ready() {
			return true;
		}, 'predicate ready'],
	])('%s', (condition, expected) => {
		expect(describeCondition(condition)).toBe(expected);
	});
});

describe('dumpScreen', () => {
	test('numbers the rows and counts trailing blank ones', () => {
		expect(dumpScreen(['a', '', 'b', '', ''])).toBe('1 │a\n2 │\n3 │b\n  │(2 blank rows)');
	});

	test('says so when the screen is empty', () => {
		expect(dumpScreen(Array.from({length: 12}, () => ''))).toBe('   │(12 blank rows)');
	});
});
