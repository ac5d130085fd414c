import {expect, test} from 'vitest';
import * as corpusReader from '../source/index.js';

test('the main entry exports the parser, the loader and the typography', () => {
	const article = corpusReader.parseArticle('<!--1655324101000-->\n[标题](https://example.com/a)\n------\n\n<p>正文。</p>\n', '/x/a.md');
	expect(article.headline).toBe('标题');
	expect(typeof corpusReader.loadCorpus).toBe('function');
	expect(corpusReader.wrapText('中文，断行。', 4)).toEqual(['中', '文，', '断', '行。']);
	// Text a library user coloured: escapes take no columns, and each line closes and reopens the colour.
	expect(corpusReader.wrapText('\u001B[31m中文 断行\u001B[39m', 4)).toEqual(['\u001B[31m中文\u001B[39m', '\u001B[31m断行\u001B[39m']);
	expect(corpusReader.displayWidth('中文')).toBe(4);
	expect(corpusReader.truncateToWidth('中文标题很长', 5)).toBe('中文…');
});
