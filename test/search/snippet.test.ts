import {expect, test} from 'vitest';
import {createMeasure} from '../../source/text/measure.js';
import {parseQuery} from '../../source/search/query.js';
import {makeSnippet, type Snippet} from '../../source/search/snippet.js';
import {displayWidth} from '../../source/text/display-width.js';
import {makeArticle} from './make-article.js';

const body = '一二三四五六七八九十。新冠疫情在美国持续蔓延，\n\n专家警告秋季可能出现第二波，ABC 𠀀e\u0301 疫情结束。';
const article = makeArticle({headline: '疫情标题', body: ['没有', body]});

function marked(snippet: Snippet | null): string {
	if (!snippet) {
		return '(null)';
	}

	let text = snippet.text;
	for (const [start, end] of [...snippet.ranges].reverse()) {
		text = `${text.slice(0, start)}[${text.slice(start, end)}]${text.slice(end)}`;
	}

	return text;
}

test('a window around the first body hit, a third of the context before it', () => {
	// 30 columns: ellipsis 1, context 8, hit 4, context 16, ellipsis 1.
	const snippet = makeSnippet(article, parseQuery('疫情').query, 30);
	expect(marked(snippet)).toBe('…十。新冠[疫情]在美国持续蔓延，…');
	expect(displayWidth(snippet?.text ?? '')).toBeLessThanOrEqual(30);
});

test('whitespace runs become one space; every hit in the window is marked', () => {
	expect(marked(makeSnippet(article, parseQuery('蔓延 专家').query, 40))).toBe('…情在美国持续[蔓延]， [专家]警告秋季可能出…');
});

test('the whole text when it fits, without ellipses', () => {
	expect(marked(makeSnippet(makeArticle({headline: 'h', body: ['短的 COVID 文本']}), parseQuery('covid').query, 60))).toBe('短的 [COVID] 文本');
});

test('cut on grapheme boundaries, hits widened to whole clusters', () => {
	const snippet = makeSnippet(article, parseQuery('é').query, 12);
	expect(marked(snippet)).toBe('…C 𠀀[e\u0301] 疫情…');
	expect(displayWidth(snippet?.text ?? '')).toBeLessThanOrEqual(12);
});

test('a hit wider than the snippet is cut to fit', () => {
	const snippet = makeSnippet(article, parseQuery('新冠疫情在美国持续蔓延').query, 10);
	expect(marked(snippet)).toBe('…[新冠疫情]…');
});

test('null when only the headline matches, or nothing does', () => {
	expect(makeSnippet(article, parseQuery('标题').query, 40)).toBeNull();
	expect(makeSnippet(article, parseQuery('不存在').query, 40)).toBeNull();
});

test('ambiguous-wide terminals count the ellipsis as two columns', () => {
	const snippet = makeSnippet(article, parseQuery('疫情').query, 30, createMeasure({ambiguousWide: true}));
	expect(displayWidth(snippet?.text ?? '', {ambiguousWide: true})).toBeLessThanOrEqual(30);
	expect(marked(snippet)).toBe('…十。新冠[疫情]在美国持续蔓延…');
});
