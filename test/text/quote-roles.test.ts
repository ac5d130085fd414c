import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {analyseParagraph, BreakLevel} from '../../source/text/break-levels.js';
import {QuoteRole, quoteRoles} from '../../source/text/quote-roles.js';
import {wrapRanges} from '../../source/text/wrap.js';

/** The roles of the quotes of `text`, one letter each: o(pen), c(lose), - (unclassed). */
function roleLetters(text: string): string {
	const {starts} = analyseParagraph(text, false);
	const count = starts.length - 1;
	const roles = quoteRoles(text, starts, count);
	let letters = '';
	for (let index = 0; index < count; index++) {
		const character = text[starts[index] ?? 0];
		if (character === '"' || character === '\'') {
			letters += ['-', 'o', 'c'][roles?.[index] ?? 0] ?? '?';
		}
	}

	return letters;
}

describe('quoteRoles', () => {
	test.each([
		['北京在 "主权 "和 "安全 "问题上', 'ococ'],
		['他说"好"', 'oc'],
		['"""" ', 'ococ'],
		// An odd number: one is missing or stray, none is classed.
		['"a" "b', '---'],
		// `'` is never classed, quote or apostrophe, and does not count with `"`.
		['\'一国一制\'', '--'],
		['I don\'t like 80\'s', '--'],
		['"a \'b\' c"', 'o--c'],
	])('%j: %s', (text, expected) => {
		expect(roleLetters(text)).toBe(expected);
	});

	test('no double quote, no roles', () => {
		expect(quoteRoles('中文\'', new Int32Array([0, 1, 2, 3]), 3)).toBeNull();
	});

	test('a quote with a combining mark is still a quote', () => {
		expect(roleLetters('"\u0301a"')).toBe('oc');
	});
});

// Han, spaces (never two together) and `"`: no unit is wider than 6 columns, so every rule can be kept.
const quotedText = fc.array(fc.constantFrom('中', '文', '国', ' ', '"', '"'), {maxLength: 40})
	.map(parts => parts.join('').replaceAll(/ {2,}/g, ' '));

describe('paired ASCII quotes follow the line-start and line-end rules', () => {
	test('with an even number, no line starts with a closing quote or ends with an opening one', () => {
		fc.assert(fc.property(quotedText, fc.integer({min: 8, max: 30}), (text, width) => {
			fc.pre((text.match(/"/g) ?? []).length % 2 === 0);
			const positions = [...text.matchAll(/"/g)].map(match => match.index);
			const closing = new Set(positions.filter((_offset, order) => order % 2 === 1));
			const opening = new Set(positions.filter((_offset, order) => order % 2 === 0));
			const ranges = wrapRanges(text, width);
			for (const [index, {start, end}] of ranges.entries()) {
				if (index > 0) {
					expect(closing.has(start), `${JSON.stringify(text)} at ${width}`).toBe(false);
				}

				if (index < ranges.length - 1) {
					expect(opening.has(end - 1), `${JSON.stringify(text)} at ${width}`).toBe(false);
				}
			}
		}), {numRuns: 400});
	});

	test('with an odd number, no break directly beside a quote (a break at a space is fine)', () => {
		fc.assert(fc.property(quotedText, text => {
			fc.pre((text.match(/"/g) ?? []).length % 2 === 1);
			const {starts, levels} = analyseParagraph(text, false);
			for (let index = 1; index < levels.length; index++) {
				const here = text[starts[index] ?? 0];
				const before = text[starts[index - 1] ?? 0];
				if ((here === '"' || before === '"') && here !== ' ' && before !== ' ') {
					expect(levels[index]).not.toBe(BreakLevel.open);
				}
			}
		}), {numRuns: 300});
	});

	test('the role follows the count, never the characters: a closing quote is no break, an opening one holds the next', () => {
		fc.assert(fc.property(quotedText, text => {
			const {starts, levels} = analyseParagraph(text, false);
			const count = levels.length;
			const roles = quoteRoles(text, starts, count);
			for (let index = 0; index < count; index++) {
				if (roles?.[index] === QuoteRole.close && levels[index] !== BreakLevel.start) {
					expect(levels[index]).toBe(BreakLevel.kinsoku);
				}

				if (roles?.[index] === QuoteRole.open) {
					// The next visible cluster, across any space, may not start a line.
					let next = index + 1;
					while (next < count && levels[next] === BreakLevel.space) {
						next++;
					}

					if (next < count) {
						expect(levels[next]).toBe(BreakLevel.kinsoku);
					}
				}
			}
		}), {numRuns: 300});
	});
});
