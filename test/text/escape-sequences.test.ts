import {expect, test} from 'vitest';
import {mayHoldEscapes, separateEscapes} from '../../source/text/escape-sequences.js';

test.each([
	['no escape', '中文', '中文', []],
	['SGR colour and reset', '\u001B[31m红\u001B[0m', '红', [[0, '\u001B[31m'], [1, '\u001B[0m']]],
	['OSC 8 hyperlink, BEL and ST', 'a\u001B]8;id=1;https://x.cn\u0007b\u001B]8;;\u001B\\c', 'abc', [[1, '\u001B]8;id=1;https://x.cn\u0007'], [2, '\u001B]8;;\u001B\\']]],
	['8-bit CSI', 'a\u009B1mb', 'ab', [[1, '\u009B1m']]],
	['other CSI (erase line)', 'a\u001B[Kb', 'ab', [[1, '\u001B[K']]],
	['an unterminated OSC is text', 'a\u001B]8;;x', 'a\u001B]8;;x', []],
])('%s', (_rule, text, plain, escapes) => {
	expect(separateEscapes(text)).toEqual({plain, escapes: escapes.map(([offset, sequence]) => ({offset, sequence}))});
});

test('mayHoldEscapes looks for ESC and the 8-bit CSI only', () => {
	expect([mayHoldEscapes('中文'), mayHoldEscapes('a\u001B'), mayHoldEscapes('\u009B')]).toEqual([false, true, true]);
});
