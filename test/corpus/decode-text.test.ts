import {describe, expect, test} from 'vitest';
import fc from 'fast-check';
import {decodeText} from '../../source/corpus/decode-text.js';

const hex = (text: string): Buffer => Buffer.from(text.replaceAll(' ', ''), 'hex');
const utf16be = (text: string): Buffer => Buffer.from(text, 'utf16le').swap16();

describe('decodeText', () => {
	test.each([
		['UTF-8', Buffer.from('<p>中文</p>'), '<p>中文</p>', 'UTF-8', []],
		['UTF-8 with a BOM', Buffer.concat([hex('ef bb bf'), Buffer.from('[中文](u)')]), '[中文](u)', 'UTF-8', []],
		['UTF-16LE with a BOM', Buffer.concat([hex('ff fe'), Buffer.from('[中文](u)', 'utf16le')]), '[中文](u)', 'UTF-16LE', ['decoded as UTF-16LE']],
		['UTF-16BE with a BOM', Buffer.concat([hex('fe ff'), utf16be('[中文](u)')]), '[中文](u)', 'UTF-16BE', ['decoded as UTF-16BE']],
		// 中文新闻：香港的天气很好。 in GBK, and 國際新聞：香港的天氣很好。 in Big5 (bytes from iconv).
		['GBK', hex('d6d0 cec4 d0c2 cec5 a3ba cfe3 b8db b5c4 ccec c6f8 badc bac3 a1a3'), '中文新闻：香港的天气很好。', 'GB18030', ['decoded as GB18030']],
		['Big5', hex('b0ea bbda b773 bb44 a147 adbb b4e4 aaba a4d1 aef0 abdc a66e a143'), '國際新聞：香港的天氣很好。', 'Big5', ['decoded as Big5']],
		['UTF-8 with a few bad bytes', Buffer.concat([Buffer.from('<p>中文正文</p>'), hex('ff fe 0a')]), '<p>中文正文</p>\uFFFD\uFFFD\n', 'UTF-8', ['invalid UTF-8']],
		['random high bytes', hex('ff ff ff ff 80 80 80 80'), '\uFFFD'.repeat(8), 'UTF-8', ['invalid UTF-8']],
	])('%s', (_name, bytes, text, encoding, warnings) => {
		const decoded = decodeText(bytes);
		expect(decoded.text).toBe(text);
		expect(decoded.encoding).toBe(encoding);
		expect(decoded.warnings).toEqual(warnings);
		expect(decoded.invalid).toBe(warnings.length > 0);
	});

	test('valid UTF-8 always decodes as itself', () => {
		fc.assert(fc.property(fc.string({unit: 'grapheme'}), text => {
			const bytes = Buffer.from(text);
			fc.pre(!(bytes[0] === 0xEF && bytes[1] === 0xBB && bytes[2] === 0xBF));
			expect(decodeText(bytes)).toEqual({text, invalid: false, encoding: 'UTF-8', warnings: []});
		}), {numRuns: 200});
	});

	test('never throws on any bytes', () => {
		fc.assert(fc.property(fc.uint8Array({maxLength: 300}), bytes => {
			expect(typeof decodeText(bytes).text).toBe('string');
		}), {numRuns: 300});
	});
});
