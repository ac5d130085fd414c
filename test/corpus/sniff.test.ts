import {describe, expect, test} from 'vitest';
import {sniffArticle} from '../../source/corpus/sniff.js';

const hex = (text: string): Buffer => Buffer.from(text.replaceAll(' ', ''), 'hex');

describe('sniffArticle', () => {
	test.each([
		['a canonical header', Buffer.from('<!--1595260509000-->\n[t](u)'), null],
		['front matter after a UTF-8 BOM', Buffer.concat([hex('efbbbf'), Buffer.from('---\ntitle: x\n---\n')]), null],
		['UTF-16LE with a BOM', Buffer.concat([hex('fffe'), Buffer.from('\n[t](u)', 'utf16le')]), null],
		['UTF-16BE with a BOM', Buffer.concat([hex('feff'), Buffer.from('<p>x</p>', 'utf16le').swap16()]), null],
		['empty', Buffer.alloc(0), 'empty file'],
		['only white space', Buffer.from(' \n\t\r\n'), 'empty file'],
		['UTF-16 white space only', Buffer.concat([hex('fffe'), Buffer.from('  ', 'utf16le')]), 'empty file'],
		['PNG', hex('89504e470d0a1a0a0000000d49484452'), 'not an article (binary)'],
		['gzip', hex('1f8b0800000000000003'), 'not an article (binary)'],
		['UTF-16 holding a NUL', Buffer.concat([hex('fffe'), Buffer.from('<\u0000', 'utf16le')]), 'not an article (binary)'],
		['plain notes', Buffer.from('just notes\n'), 'not an article (no header or HTML)'],
		['a lone dash', Buffer.from('-x'), 'not an article (no header or HTML)'],
	])('%s', (_name, bytes, expected) => {
		expect(sniffArticle(bytes)).toBe(expected);
	});
});
