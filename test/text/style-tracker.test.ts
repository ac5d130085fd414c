import {expect, test} from 'vitest';
import {StyleTracker} from '../../source/text/style-tracker.js';

const after = (...sequences: string[]): {closing: string; opening: string; open: boolean} => {
	const tracker = new StyleTracker();
	for (const sequence of sequences) {
		tracker.apply(sequence);
	}

	return {closing: tracker.closing(), opening: tracker.opening(), open: tracker.isOpen};
};

const csi = (parameters: string): string => `\u001B[${parameters}m`;

test.each([
	['nothing', [], '', ''],
	['a colour', [csi('31')], csi('39'), csi('31')],
	['a later colour replaces the first', [csi('31'), csi('32')], csi('39'), csi('32')],
	['bold and red: closed in reverse order', [csi('1'), csi('31')], csi('39') + csi('22'), csi('1') + csi('31')],
	['one sequence, several codes', [csi('1;4;31')], csi('39') + csi('24') + csi('22'), csi('1') + csi('4') + csi('31')],
	['256 colours and true colour, as parameters', [csi('38;5;200'), csi('48;2;1;2;3')], csi('49') + csi('39'), csi('38;5;200') + csi('48;2;1;2;3')],
	['colon colours and curly underline', [csi('38:2::1:2:3'), csi('4:3')], csi('24') + csi('39'), csi('38:2::1:2:3') + csi('4:3')],
	['reset ends everything', [csi('1'), csi('31'), csi('0')], '', ''],
	['an empty SGR is a reset', [csi('1'), csi('')], '', ''],
	['22 ends bold and dim alike', [csi('1'), csi('2'), csi('22')], '', ''],
	['39 ends the colour only', [csi('1'), csi('31'), csi('39')], csi('22'), csi('1')],
	['4:0 ends the underline', [csi('4'), csi('4:0')], '', ''],
	['a hyperlink: closed first, opened last', [csi('31'), '\u001B]8;id=7;https://x.cn\u001B\\'], '\u001B]8;;\u0007' + csi('39'), csi('31') + '\u001B]8;id=7;https://x.cn\u0007'],
	['an empty URI ends the hyperlink', ['\u001B]8;;https://x.cn\u0007', '\u001B]8;;\u0007'], '', ''],
	['8-bit CSI', ['\u009B1m'], csi('22'), csi('1')],
	['a code it does not know stays unclosed', [csi('10')], '', ''],
])('%s', (_rule, sequences, closing, opening) => {
	expect(after(...sequences)).toEqual({closing, opening, open: opening !== ''});
});

test('apply says whether a sequence is a style at all', () => {
	const tracker = new StyleTracker();
	expect([tracker.apply(csi('1')), tracker.apply('\u001B]8;;x\u0007'), tracker.apply('\u001B[K'), tracker.apply('\u001B]0;title\u0007')]).toEqual([true, true, false, false]);
});
