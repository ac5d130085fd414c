import {expect, test} from 'vitest';
import {MEASURE_ENV, resolveMeasureCap} from '../../source/commands/measure-cap.js';

test.each([
	// Flag, variable → cap in columns (two a Han character), warning.
	['the default: 40 characters', undefined, undefined, {maxTextWidth: 80}],
	['the flag', 30, undefined, {maxTextWidth: 60}],
	['the flag wins over the variable', 30, '50', {maxTextWidth: 60}],
	['the variable', undefined, '50', {maxTextWidth: 100}],
	['0 takes the cap off', 0, undefined, {maxTextWidth: null}],
	['0 in the variable too', undefined, '0', {maxTextWidth: null}],
	['an empty variable counts as unset', undefined, '', {maxTextWidth: 80}],
	['a bad variable is ignored, with a warning', undefined, 'wide', {maxTextWidth: 80, warning: `${MEASURE_ENV}: "wide" is not a whole number of characters (ignored)`}],
] as const)('%s', (_rule, flag, variable, expected) => {
	expect(resolveMeasureCap(flag, variable === undefined ? {} : {[MEASURE_ENV]: variable})).toEqual(expected);
});
