import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {bodyText, parseArticle, parseArticleHead, parseArticleLazily} from '../../source/article/parse-article.js';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/articles');
const load = (name: string) => parseArticle(fs.readFileSync(path.join(fixtures, name), 'utf8'), `corpus/法广/${name}`);

describe('parseArticle on the canonical RFI shape', () => {
	const article = load('rfi-section.md');

	it('reads the header, the section suffix and the timestamp', () => {
		expect(article.headline).toBe('港版国安法 默克尔对北京小心翼翼受质疑');
		expect(article.section).toBe('要闻分析');
		expect(article.source).toBe('法广');
		expect(article.url).toBe('http://www.rfi.fr/cn/%E4%B8%93%E6%A0%8F/20200720-x');
		expect(article.date).toBe(1_595_260_509_000);
		expect(article.warnings).toEqual([]);
	});

	it('takes the bold first paragraph as the lead', () => {
		expect(article.lead).toEqual([{type: 'strong', text: '德国总理默克尔对北京的态度受到质疑。这是导语。'}]);
	});

	it('turns the body into blocks, without the date, ads, scripts or feed footer', () => {
		expect(article.blocks).toEqual([
			{type: 'image', alt: '默克尔&马克龙', src: 'http://www.rfi.fr/media/a.jpg'},
			{type: 'paragraph', runs: [{type: 'text', text: '第一段\u00A0有"引号"和 AT&T & 裸的 & 符号。'}]},
			{type: 'paragraph', runs: [
				{type: 'text', text: '第二段'},
				{type: 'link', text: '相对链接', href: 'http://www.rfi.fr/cn/other'},
				{type: 'text', text: '，'},
				{type: 'strong', text: '粗体'},
				{type: 'emphasis', text: '斜体'},
				{type: 'text', text: '。'},
			]},
			{type: 'heading', runs: [{type: 'text', text: '小标题'}]},
			{type: 'quote', runs: [{type: 'text', text: '引文'}]},
			{type: 'listItem', runs: [{type: 'text', text: '一'}]},
			{type: 'listItem', runs: [{type: 'text', text: '二'}]},
			{type: 'paragraph', runs: [{type: 'text', text: '甲'}]},
			{type: 'paragraph', runs: [{type: 'text', text: '乙'}]},
		]);
	});
});

describe('parseArticle on the other shapes', () => {
	it('strips the RFI site suffix, which names RFI itself: the source is its canonical name', () => {
		const article = load('rfi-site.md');
		expect(article.headline).toBe('美国南方3大疫情热点 开放免费病毒筛检');
		expect(article.source).toBe('法广');
		expect(article.section).toBeNull();
	});

	it('reads a CDT file: no timestamp, 日期 line, repost prefix, lazy images and media', () => {
		const article = load('cdt.md');
		expect(article.headline).toBe('北京大部分日料店连夜下架三文鱼');
		// The feed is the source; the repost's origin is where it came from.
		expect(article.source).toBe('中国数字时代');
		expect(article.section).toBe('界面新闻');
		expect(article.date).toBe(Date.UTC(2020, 5, 13, 8, 38, 34));
		expect(article.lead).toEqual([{type: 'strong', text: '虽然大部分门店与新发地无关，但为了避免引起消费者负面情绪，它们还是下架了三文鱼产品。'}]);
		expect(article.blocks).toEqual([
			{type: 'paragraph', runs: [{type: 'text', text: '记者 | 赵晓娟'}]},
			{type: 'image', alt: '', src: 'https://chinadigitaltimes.net/files/b.jpeg'},
			{type: 'image', alt: '图', src: 'https://chinadigitaltimes.net/chinese/2020/06/x/files/c-300.png'},
			{type: 'caption', runs: [{type: 'text', text: '安徽多地遭受洪灾。'}]},
			{type: 'media', kind: 'iframe', url: 'https://www.youtube.com/embed/abc?feature=oembed'},
			{type: 'media', kind: 'video', url: 'https://chinadigitaltimes.net/v.mp4'},
			{type: 'media', kind: 'audio', url: 'https://x.org/a.mp3'},
		]);
	});

	it('reads Jekyll front matter before the header, a headline over several lines and brackets', () => {
		const article = load('jekyll.md');
		expect(article.headline).toBe('[视频]从12月1日起《寒冬》将推出新栏目');
		expect(article.source).toBe('寒冬');
		expect(article.date).toBe(1_606_648_467_000);
		expect(article.url).toBe('https://zh.bitterwinter.org/something-new/');
		expect(article.blocks).toEqual([
			{type: 'heading', runs: [{type: 'text', text: '副标题'}]},
			{type: 'paragraph', runs: [{type: 'text', text: '正文一'}]},
		]);
	});

	it('reads front matter without a header, dropping the repeated title', () => {
		const article = load('jekyll-no-header.md');
		expect(article.headline).toBe('携程压力测试');
		expect(article.date).toBe(Date.UTC(2020, 3, 3, 6, 31, 44));
		expect(article.url).toBe('https://nei.st/medium/yimag/u');
		expect(article.source).toBe('Nei.st');
		expect(article.warnings).toEqual([]);
		expect(article.blocks).toEqual([{type: 'paragraph', runs: [{type: 'text', text: '对旅游产业来说， 随时应对'}]}]);
	});

	it('guesses the headline of a file with no header at all, and says so', () => {
		const article = load('000_abc123.txt');
		expect(article.headline).toBe('没有任何头部的文件');
		expect(article.date).toBeNull();
		expect(article.url).toBeNull();
		expect(article.warnings).toEqual(['no header']);
	});

	it('falls back to the file name for an empty file', () => {
		const article = parseArticle('', 'x/BBC/1048028_标题 名.md');
		expect(article.headline).toBe('标题 名');
		expect(article.source).toBe('BBC');
		expect(article.blocks).toEqual([]);
	});

	it('keeps NBSP and U+3000 inside the headline, decodes entities and collapses spaces', () => {
		const article = parseArticle('<!--1-->\n[  特朗普叫停制裁 \u00A0 白宫&quot;否认&quot;\u3000结束  ](https://x.org/a)\n------\n\n<p>x</p>\n', 'a.md');
		expect(article.headline).toBe('特朗普叫停制裁 \u00A0 白宫"否认"\u3000结束');
	});

	it('strips escape sequences and bidi overrides from every string', () => {
		const text = '<!--1-->\n[a\u001B]0;pwned\u0007b\u202E](https://x.org/a)\n------\n\n<p>c\u001B[2Jd\u009B2Je</p><img alt="\u0007x" src="https://x.org/i.png">\n';
		const article = parseArticle(text, 'a.md');
		expect(article.headline).toBe('ab');
		expect(article.blocks).toEqual([
			{type: 'paragraph', runs: [{type: 'text', text: 'cde'}]},
			{type: 'image', alt: 'x', src: 'https://x.org/i.png'},
		]);
	});

	it('leaves other sites\u2019 dashes and bars alone', () => {
		const dw = parseArticle('<!--1-->\n[客座评论：港版国安法--以恐惧为政](https://www.dw.com/zh/x)\n------\n\n', 'a.md');
		expect(dw.headline).toBe('客座评论：港版国安法--以恐惧为政');
	});

	it('splits a Reuters suffix off only when it names a known source, which becomes the section', () => {
		const cited = parseArticle('<!--1-->\n[微软寻求全盘收购TikTok的全球业务--FT](https://cn.reuters.com/article/x)\n------\n\n', 'a.md');
		expect([cited.headline, cited.source, cited.section]).toEqual(['微软寻求全盘收购TikTok的全球业务', '路透', '金融时报']);
		const byline = parseArticle('<!--1-->\n[一名白宫记者新冠病毒检验呈阳性--记者协会](https://cn.reuters.com/article/x)\n------\n\n', 'a.md');
		expect([byline.headline, byline.source, byline.section]).toEqual(['一名白宫记者新冠病毒检验呈阳性--记者协会', '路透', null]);
	});
});

describe('parseArticleLazily', () => {
	it('gives the same article, parsing the body on first access', () => {
		const text = fs.readFileSync(path.join(fixtures, 'cdt.md'), 'utf8');
		const {article, body} = parseArticleLazily(text, 'corpus/法广/cdt.md', ['invalid UTF-8']);
		const eager = parseArticle(text, 'corpus/法广/cdt.md');
		expect(bodyText(body).startsWith('\n<p><strong>')).toBe(true);
		expect(article.blocks).toEqual(eager.blocks);
		expect(article.lead).toEqual(eager.lead);
		expect(article.blocks).toBe(article.blocks);
		expect(article.warnings).toEqual(['invalid UTF-8']);
	});
});

describe('parseArticleHead', () => {
	const latin1 = (text: string): string => Buffer.from(text, 'utf8').toString('latin1');
	const long = '<p>' + '正文很长。'.repeat(200) + '</p>';
	const files = [
		['canonical', `<!--1595260509000-->\n[标题](https://x.org/1)\n------\n\n<div>20/07/2020 - 14:11</div>${long}`],
		['CDT', `[标题](https://x.org/2)\n------\n日期：2020-06-13 16:38:34\n${long}`],
		['front matter', `---\ntitle: 标题\ndate: 2020-11-29\n---\n<div><div>2020-07-20T14:58:19.428Z</div>${long}`],
		['leading date in the body', `<!--1-->\n[标题](https://x.org/3)\n------\n<div>${'说明'.repeat(100)}<br>2020-07-20T14:58:19.428Z</div>${long}`],
	] as const;

	it.each(files)('gives what parseArticle gives, wherever the head ends (%s)', (_name, text) => {
		const eager = parseArticle(text, 'corpus/BBC/a.md');
		let settled = 0;
		for (let cut = 0; cut <= text.length; cut += 37) {
			const parsed = parseArticleHead(text.slice(0, cut), latin1(text.slice(cut)), 'corpus/BBC/a.md');
			if (parsed !== null) {
				settled++;
				expect({...parsed.article}).toEqual(eager);
				expect(bodyText(parsed.body)).toBe(bodyText(parseArticleLazily(text, 'corpus/BBC/a.md').body));
			}
		}

		expect(settled).toBeGreaterThan(0);
	});

	it('declines a head that ends inside the header or before the leading date is settled', () => {
		const text = files[0][1];
		expect(parseArticleHead(text.slice(0, 30), latin1(text.slice(30)), 'a.md')).toBeNull();
		expect(parseArticleHead(text.slice(0, 80), latin1(text.slice(80)), 'a.md')).toBeNull();
		const unclosed = `---\ntitle: 标题\n${'x: y\n'.repeat(200)}---\n${long}`;
		expect(parseArticleHead(unclosed.slice(0, 500), latin1(unclosed.slice(500)), 'a.md')).toBeNull();
	});
});
