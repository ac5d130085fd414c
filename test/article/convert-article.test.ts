import {describe, expect, test} from 'vitest';
import {runsText, type Article} from '../../source/article/article.js';
import {convertArticle} from '../../source/article/convert-article.js';
import {layoutArticle} from '../../source/article/article-lines.js';

const article: Article = {
	path: '/corpus/头发.md',
	date: Date.UTC(2020, 6, 20),
	headline: '香港关系：头发',
	section: '要闻',
	source: '纽约时报',
	url: 'https://example.com/头发',
	lead: [{type: 'strong', text: '导语：周𫖮说'}, {type: 'text', text: '关系很好。'}],
	blocks: [
		{type: 'paragraph', runs: [{type: 'text', text: '周𫖮说，'}, {type: 'link', text: '关系', href: 'https://example.com/关系'}, {type: 'text', text: '很复杂。'}]},
		{type: 'image', alt: '头发图', src: 'https://example.com/头发.jpg'},
		{type: 'media', kind: 'video', url: 'https://example.com/发展.mp4'},
	],
	warnings: [],
};

describe('convertArticle', () => {
	test('converts what a person reads, and only that', () => {
		const {article: converted} = convertArticle(article, 'traditional');
		expect(converted.headline).toBe('香港關係：頭髮');
		expect(converted.source).toBe('紐約時報');
		expect(converted.section).toBe('要聞');
		expect(converted.lead).toEqual([{type: 'strong', text: '導語：周顗說'}, {type: 'text', text: '關係很好。'}]);
		expect(converted.blocks[0]).toEqual({type: 'paragraph', runs: [{type: 'text', text: '周顗說，'}, {type: 'link', text: '關係', href: 'https://example.com/关系'}, {type: 'text', text: '很複雜。'}]});
		expect(converted.blocks[1]).toEqual({type: 'image', alt: '頭髮圖', src: 'https://example.com/头发.jpg'});
		expect(converted.blocks[2]).toEqual(article.blocks[2]);
		expect([converted.path, converted.url, converted.date]).toEqual([article.path, article.url, article.date]);
	});

	test('as written is the article itself', () => {
		expect(convertArticle(article, 'original').article).toBe(article);
	});

	test.each([
		// In the lead: after 𫖮 (two units) turned into 顗 (one), 关系 is one unit earlier.
		[{field: 'lead', start: 7, end: 9} as const, '關係'],
		// In a block, across runs: 关系 is the link's text, 复杂 is in the run after it.
		[{field: 'block', block: 0, start: 5, end: 7} as const, '關係'],
		[{field: 'block', block: 0, start: 8, end: 10} as const, '複雜'],
		[{field: 'block', block: 0, start: 1, end: 3} as const, '顗'],
		[{field: 'headline', start: 2, end: 4} as const, '關係'],
	])('a hit in the text as written lands on the same words converted: %j', (hit, shown) => {
		const {article: converted, mapHit} = convertArticle(article, 'traditional');
		const moved = mapHit(hit);
		const block = converted.blocks['block' in hit ? hit.block : 0];
		const text = hit.field === 'headline'
			? converted.headline
			: runsText(hit.field === 'lead' ? converted.lead ?? [] : (block && 'runs' in block ? block.runs : []));
		expect(text.slice(moved.start, moved.end)).toBe(shown);
	});

	test('the reader highlights the hit in the converted text', () => {
		const {article: converted, mapHit} = convertArticle(article, 'traditional');
		const layout = layoutArticle(converted, 40, {hits: [mapHit({field: 'block', block: 0, start: 8, end: 10})]});
		expect(layout.lines.flat().filter(segment => segment.style.hit).map(segment => segment.text)).toEqual(['複雜']);
	});
});
