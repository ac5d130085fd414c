import {describe, expect, test} from 'vitest';
import type {Style} from '../../source/screen/display-line.js';
import {createTheme} from '../../source/ui/theme.js';

describe.each([true, false])('colour: %s', useColor => {
	const theme = createTheme(useColor);
	test.each<[string, Style, object, object]>([
		// Style → attributes with colour, and without (NO_COLOR).
		['Latin emphasis is italic', {italic: true}, {italic: true}, {italic: true}],
		['Han emphasis is never italic: a colour, or an underline', {accent: true}, {color: 'magenta'}, {underline: true}],
		['bold Han emphasis keeps its bold', {accent: true, bold: true}, {bold: true, color: 'magenta'}, {bold: true, underline: true}],
		['a hit on Han emphasis is drawn as a hit', {accent: true, hit: true}, {color: 'black', backgroundColor: 'yellow'}, {underline: true, bold: true}],
		['plain', {}, {}, {}],
	])('%s', (_rule, style, withColour, without) => {
		const props = theme(style);
		expect(props).toEqual(useColor ? withColour : without);
		expect(props.italic ?? false).toBe(style.italic ?? false);
	});
});
