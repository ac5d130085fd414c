import {expect, test} from 'vitest';
import {RecentMap} from '../../source/common/recent-map.js';

test('keeps only the most recently used entries', () => {
	const map = new RecentMap<string, number>(2);
	map.set('a', 1);
	map.set('b', 2);
	expect(map.get('a')).toBe(1);
	map.set('c', 3);
	// 'b' was the least recently used once 'a' was read.
	expect(map.get('b')).toBeUndefined();
	expect(map.get('a')).toBe(1);
	expect(map.get('c')).toBe(3);
});

test('getOrMake makes a value only when it is absent', () => {
	const map = new RecentMap<string, number>(4);
	let made = 0;
	const make = (): number => ++made;
	expect(map.getOrMake('x', make)).toBe(1);
	expect(map.getOrMake('x', make)).toBe(1);
	expect(made).toBe(1);
});
