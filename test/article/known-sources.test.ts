import {describe, expect, test} from 'vitest';
import {canonicalSource, sectionWithOrigin} from '../../source/article/canonical-source.js';
import {knownSourceAt, knownSourceNamed, knownSources, sourceKey} from '../../source/article/known-sources.js';
import {parseArticle} from '../../source/article/parse-article.js';

describe('the table', () => {
	test('no name belongs to two sources, and none is empty once compared', () => {
		const owners = new Map<string, string>();
		for (const source of knownSources) {
			for (const name of new Set([source.name, ...source.names].map(name => sourceKey(name)))) {
				expect(name, source.name).not.toBe('');
				expect(owners.get(name), `${name}: ${source.name} and ${owners.get(name)}`).toBeUndefined();
				owners.set(name, source.name);
			}
		}
	});

	test('no host belongs to two sources', () => {
		const hosts = knownSources.flatMap(source => source.hosts);
		expect(new Set(hosts).size).toBe(hosts.length);
	});
});

test.each([
	['www.rfi.fr', '法广'],
	['rfi.fr', '法广'],
	['cn.reuters.com', '路透'],
	['www.voachinese.com', '美国之音'],
	['www.voanews.com', '美国之音'],
	['www.dw.com', '德国之声'],
	['www.rfa.org', '自由亚洲电台'],
	['www.bbc.co.uk', 'BBC'],
	['cn.ft.com', '金融时报'],
	['www.ftchinese.com', '金融时报'],
	['cn.nytimes.com', '纽约时报'],
	['chinadigitaltimes.net', '中国数字时代'],
	['www.rti.org.tw', '中央广播电台'],
	['www.cna.com.tw', '中央社'],
	['www.zaobao.com.sg', '联合早报'],
	['zh.bitterwinter.org', '寒冬'],
	['wqw2010.blogspot.com', '维权网'],
	['WWW.Economist.COM.', '经济学人'],
	// A suffix of the host's labels, not of its letters; and never the start of another host.
	['www.notft.com', null],
	['nytimes.com.example.org', null],
	['blogspot.com', null],
	['', null],
])('host %j is %j', (host, name) => {
	expect(knownSourceAt(host)?.name ?? null).toBe(name);
});

test.each([
	['法广', '法广'],
	['法廣', '法广'],
	['法国国际广播电台', '法广'],
	['法國國際廣播電台', '法广'],
	['法国国际广播电台 - RFI', '法广'],
	['法国国际广播电台 – RFI', '法广'],
	['法国国际广播电台-RFI', '法广'],
	['RFI', '法广'],
	['rfi', '法广'],
	['ＲＦＩ', '法广'],
	[' 「RFI」 ', '法广'],
	['路透社', '路透'],
	['REUTERS', '路透'],
	['美國之音', '美国之音'],
	['voa', '美国之音'],
	['德國之聲', '德国之声'],
	['dw', '德国之声'],
	['自由亚洲', '自由亚洲电台'],
	['自由亞洲電台', '自由亚洲电台'],
	['BBC中文网', 'BBC'],
	['bbc', 'BBC'],
	['FT中文网', '金融时报'],
	['Financial Times', '金融时报'],
	['ft', '金融时报'],
	['紐約時報', '纽约时报'],
	['nyt', '纽约时报'],
	['nytimes', '纽约时报'],
	['new york times', '纽约时报'],
	['中國數字時代', '中国数字时代'],
	['cdt', '中国数字时代'],
	['China Digital Times', '中国数字时代'],
	['RTI 中央廣播電臺', '中央广播电台'],
	['RTI\u3000中央廣播電臺', '中央广播电台'],
	['rti', '中央广播电台'],
	['(臺)中央社CNA', '中央社'],
	['（臺）中央社ＣＮＡ', '中央社'],
	['cna', '中央社'],
	['聯合早報', '联合早报'],
	['大紀元', '大纪元'],
	['经济学人en', '经济学人'],
	['The Economist', '经济学人'],
	['solidot', 'Solidot'],
	['Bitter Winter', '寒冬'],
	['CCTV新闻联播', '新闻联播'],
	['cctv', '新闻联播'],
	['央视', '新闻联播'],
	['rfa', '自由亚洲电台'],
	['彭博新闻', '彭博'],
	['WSJ', '华尔街日报'],
	// The whole name, never a part of it: these are someone else, or a headline's words.
	['法广电台', null],
	['RFI华语', null],
	['中国', null],
	['消息人士', null],
	['消息', null],
	['人物', null],
	['报告', null],
	['bydate', null],
	['', null],
	['-', null],
])('name %j is %j', (name, canonical) => {
	expect(knownSourceNamed(name)?.name ?? null).toBe(canonical);
});

test.each([
	['the host wins over the names', {url: 'https://cn.reuters.com/article/x', named: ['消息人士', '路透'], path: 'a.md'}, '路透'],
	['a known host wins over an unknown folder', {url: 'http://www.rfi.fr/cn/x', named: [], path: 'bydate/2020-07-01/a.md'}, '法广'],
	['an unknown host: the first name, canonical', {url: 'https://example.org/x', named: [null, '', 'RTI 中央廣播電臺', 'x'], path: 'a.md'}, '中央广播电台'],
	['an unknown name stays as written', {url: null, named: ['人间思想笔记'], path: 'BBC/a.md'}, '人间思想笔记'],
	['no name: the folder, canonical', {url: null, named: [], path: 'corpus/cdt/articles/a.md'}, '中国数字时代'],
	['no name: the folder, as it is when unknown', {url: null, named: [], path: 'x/某博客/a.md'}, '某博客'],
	['date and feed folders name nobody', {url: null, named: [], path: 'bydate/2020-07-01/a.md'}, ''],
	['a publisher folder above them does', {url: null, named: [], path: 'BBC/by-date/20200701/a.md'}, 'BBC'],
	['nor do feed folders', {url: null, named: [], path: 'feeds/rss/news/data/bysource/a.md'}, ''],
])('source: %s', (_, clues, source) => {
	expect(canonicalSource(clues)).toBe(source);
});

test.each([
	['a section of its own stays', '要闻分析', '法国国际广播电台 - RFI', '法广', '要闻分析'],
	['the source naming itself adds nothing', null, '法国国际广播电台 - RFI', '法广', null],
	['a repost says where it came from', null, '人间思想笔记', '中国数字时代', '人间思想笔记'],
	['a known origin by its canonical name', null, 'DW', '中国数字时代', '德国之声'],
	['no origin', null, null, '路透', null],
])('section: %s', (_, section, named, source, expected) => {
	expect(sectionWithOrigin(section, named, source)).toBe(expected);
});

describe('through parseArticle', () => {
	const file = (headline: string, url: string) => `<!--1-->\n[${headline}](${url})\n------\n\n<p>正文</p>\n`;

	test.each([
		['RFI site suffix: stripped', file('美国南方疫情 – 法国国际广播电台 - RFI', 'http://www.rfi.fr/cn/x'), 'x/a.md', ['美国南方疫情', '法广', null]],
		['CDT repost: the feed is the source, the origin the section', file('人间思想笔记 | 一个标题', 'https://chinadigitaltimes.net/chinese/2020/x/'), 'cdt/articles/a.md', ['一个标题', '中国数字时代', '人间思想笔记']],
		['CDT repost of a known outlet', file('【404文库】德國之聲｜一个标题', 'https://chinadigitaltimes.net/chinese/2020/x/'), 'a.md', ['【404文库】一个标题', '中国数字时代', '德国之声']],
		['Reuters byline: stays in the headline', file('焦点：特朗普政府考虑禁止赴美--消息人士', 'https://cn.reuters.com/article/x'), 'a.md', ['焦点：特朗普政府考虑禁止赴美--消息人士', '路透', null]],
		['Reuters citing a known outlet: split off', file('美国考虑征收新关税--彭博新闻', 'https://cn.reuters.com/article/x'), 'a.md', ['美国考虑征收新关税', '路透', '彭博']],
		['a BBC file under a date folder', file('标题', 'https://www.bbc.com/zhongwen/x'), 'bydate/2020-07-01/a.md', ['标题', 'BBC', null]],
		['no URL, under a date folder below the publisher', '<p>没有头部</p>', 'BBC中文/bydate/2020-07-01/a.md', ['没有头部', 'BBC', null]],
		['front matter naming a known source', '---\ntitle: "标题"\ncategories: [ RTI 中央廣播電臺 ]\n---\n<p>x</p>\n', 'jekyll/_posts/a.md', ['标题', '中央广播电台', null]],
	])('%s', (_, text, path, [headline, source, section]) => {
		const article = parseArticle(text, path);
		expect([article.headline, article.source, article.section]).toEqual([headline, source, section]);
	});

	test('an empty file gets its folder, canonical', () => {
		expect(parseArticle('', 'corpus/cdt/a.md').source).toBe('中国数字时代');
	});
});
