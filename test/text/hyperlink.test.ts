import {describe, expect, test} from 'vitest';
import {hyperlink, hyperlinkTarget} from '../../source/text/hyperlink.js';

describe('hyperlinkTarget', () => {
	test.each([
		['https://example.com/a', 'https://example.com/a'],
		['http://example.com', 'http://example.com/'],
		['HTTPS://Example.com/A?b=1#c', 'https://example.com/A?b=1#c'],
		// What is not printable ASCII is percent-encoded (or, in the host, punycode) by the URL parser.
		['https://例子.cn/新闻 1', 'https://xn--fsqu00a.cn/%E6%96%B0%E9%97%BB%201'],
		['https://a.cn/\u001B]8;;\u0007x', 'https://a.cn/%1B]8;;%07x'],
		['https://a.cn/x\u009Cy', 'https://a.cn/x%C2%9Cy'],
		// Only http and https: nothing that runs or reads local files is ever clickable.
		['javascript:alert(1)', null],
		['file:///etc/passwd', null],
		['mailto:a@b.cn', null],
		['data:text/html,x', null],
		['/relative/path', null],
		['', null],
	])('%j → %j', (url, target) => {
		expect(hyperlinkTarget(url)).toBe(target);
	});

	test('a target never holds a control character', () => {
		for (let code = 0; code < 0xA0; code++) {
			const target = hyperlinkTarget(`https://a.cn/${String.fromCharCode(code)}x`);
			expect(target === null || /^[\u0021-\u007E]+$/.test(target)).toBe(true);
		}
	});
});

test('hyperlink wraps text in OSC 8, ended by BEL, with its id', () => {
	expect(hyperlink('报道', 'https://a.cn/', 'corpus-reader-2')).toBe('\u001B]8;id=corpus-reader-2;https://a.cn/\u0007报道\u001B]8;;\u0007');
});
