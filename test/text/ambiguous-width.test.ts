import {expect, test} from 'vitest';
import {AMBIGUOUS_WIDTH_ENV, resolveAmbiguousWidth} from '../../source/text/ambiguous-width.js';

test.each([
	['no flag, no variable: auto by default', undefined, undefined, {mode: 'auto', source: 'default'}],
	['the variable', undefined, 'wide', {mode: 'wide', source: 'env'}],
	['the variable, any case', undefined, 'NARROW', {mode: 'narrow', source: 'env'}],
	['the flag wins over the variable', 'narrow', 'wide', {mode: 'narrow', source: 'flag'}],
	['an empty variable is unset', undefined, '', {mode: 'auto', source: 'default'}],
	['a bad variable is ignored with a warning', undefined, 'double', {mode: 'auto', source: 'default', warning: `${AMBIGUOUS_WIDTH_ENV}: "double" is not narrow, wide or auto (ignored)`}],
	['a bad flag falls back to the variable with a warning', 'x', 'wide', {mode: 'wide', source: 'env', warning: '--ambiguous-width: "x" is not narrow, wide or auto (ignored)'}],
])('%s', (_rule, flag, variable, expected) => {
	expect(resolveAmbiguousWidth(flag, variable === undefined ? {} : {[AMBIGUOUS_WIDTH_ENV]: variable})).toEqual(expected);
});
