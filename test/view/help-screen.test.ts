import {describe, expect, test} from 'vitest';
import {createMeasure} from '../../source/text/measure.js';
import {helpLines} from '../../source/view/help-screen.js';
import {helpRows} from '../../source/state/keymap.js';

const text = (line: ReadonlyArray<{readonly text: string}>): string => line.map(segment => segment.text).join('');

describe.each([false, true])('helpLines (ambiguous wide: %s)', ambiguousWide => {
	const measure = createMeasure({ambiguousWide});

	test.each([120, 80, 45, 30])('every line fits %i columns, and every binding is there whole', width => {
		const lines = helpLines(width, measure);
		for (const line of lines) {
			expect(measure.width(text(line))).toBeLessThanOrEqual(width);
		}

		const all = lines.map(line => text(line).trim()).join(' ').replaceAll(/\s+/g, ' ');
		for (const row of helpRows()) {
			expect(all).toContain(row.help);
		}
	});

	test('at 80 columns it is taller than a 24-row screen: it has to scroll', () => {
		expect(helpLines(80, measure).length).toBeGreaterThan(23);
	});
});
