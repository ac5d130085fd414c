import {expect, test} from 'vitest';
import {editSearchLine, type SearchLine} from '../../source/state/search-line.js';

const type = (keys: string[], start: SearchLine = {text: '', cursor: 0}): SearchLine => keys.reduce((line, key) => {
	const result = editSearchLine(line, key);
	return result.kind === 'edit' ? result.line : line;
}, start);

test.each([
	[['香', '港'], {text: '香港', cursor: 2}],
	[['香', '港', 'backspace'], {text: '香', cursor: 1}],
	[['a', 'b', 'left', 'x'], {text: 'axb', cursor: 2}],
	[['a', 'space', 'b', 'home', '-'], {text: '-a b', cursor: 1}],
	[['a', 'b', 'c', 'left', 'ctrl-u'], {text: 'c', cursor: 0}],
	[['香', '港', 'space', '国', '安', 'ctrl-w'], {text: '香港 ', cursor: 3}],
	[['😀', 'backspace'], {text: '', cursor: 0}],
	[['😀', 'left', 'a'], {text: 'a😀', cursor: 1}],
	[['a', 'tab', 'ctrl-x', 'pageDown'], {text: 'a', cursor: 1}],
])('%j gives %j', (keys, expected) => {
	expect(type(keys)).toEqual(expected);
});

test('Enter submits and Esc cancels', () => {
	expect(editSearchLine({text: 'x', cursor: 1}, 'enter').kind).toBe('submit');
	expect(editSearchLine({text: 'x', cursor: 1}, 'escape').kind).toBe('cancel');
});
