import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {sanitizeText} from '../../source/text/sanitize.js';

const esc = '\u001B';
const bel = '\u0007';

describe('sanitizeText', () => {
	it.each([
		['OSC title with BEL', `a${esc}]0;evil title${bel}b`, 'ab'],
		['OSC title with ST', `a${esc}]0;evil title${esc}\\b`, 'ab'],
		['OSC 52 clipboard write', `x${esc}]52;c;ZWNobyBoaQ==${bel}y`, 'xy'],
		['unterminated OSC eats the rest', `x${esc}]0;never ends`, 'x'],
		['CSI clear screen', `${esc}[2Jtext`, 'text'],
		['CSI colour', `${esc}[1;31mred${esc}[0m`, 'red'],
		['8-bit CSI', 'a\u009B2Jb', 'ab'],
		['8-bit OSC', 'a\u009D0;title\u0007b', 'ab'],
		['8-bit OSC ended by ST', 'a\u009D0;title\u009Cb', 'ab'],
		['DCS', `a${esc}Pq#0;2;0;0;0${esc}\\b`, 'ab'],
		['APC', `a${esc}_payload${esc}\\b`, 'ab'],
		['two-character ESC (reset)', `a${esc}cb`, 'ab'],
		['lone ESC at the end', `a${esc}`, 'a'],
		['right-to-left override', 'abc\u202Edef', 'abcdef'],
		['isolates and marks', '\u2066a\u2069\u200Eb\u200F\u061C', 'ab'],
		['NUL, BEL, backspace, DEL', 'a\u0000b\u0007c\u0008d\u007Fe', 'abcde'],
		['stray CR', 'a\rb\r\nc', 'ab c'],
		['C1 control', 'a\u0085b', 'ab'],
		['tab and newline become spaces', 'a\tb\nc', 'a b c'],
		['line separator becomes a space', 'a\u2028b\u2029c', 'a b c'],
	])('%s', (_name, input, expected) => {
		expect(sanitizeText(input)).toBe(expected);
	});

	it('keeps tab and newline when asked, separators become newlines', () => {
		expect(sanitizeText('a\tb\nc\u2028d\r\n', {keepNewlines: true})).toBe('a\tb\nc\nd\n');
	});

	it('keeps NBSP, U+3000, emoji, ZWJ sequences, U+FFFD and CJK', () => {
		const text = '中文\u00A0Ａ\u3000👩‍👩‍👧 \uFFFD 關係';
		expect(sanitizeText(text)).toBe(text);
	});

	it('never leaves a control character, whatever the input', () => {
		fc.assert(fc.property(fc.string({unit: 'binary'}), input => {
			expect(sanitizeText(input)).not.toMatch(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
		}));
	});

	it('returns printable text unchanged', () => {
		fc.assert(fc.property(fc.string({unit: 'grapheme'}), input => {
			const printable = input.replace(/[\u0000-\u001F\u007F-\u009F\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069\u2028\u2029]/g, '');
			expect(sanitizeText(printable)).toBe(printable);
		}));
	});
});
