/**
The publishers the corpus knows, each with the one name the reader shows for it, the hosts its
articles come from and every other name it goes by (feeds, front matter, folders and headline
suffixes spell one publisher many ways: 法广, 法国国际广播电台 - RFI, RFI, rfi).
*/

export type KnownSource = {
	/** The canonical name shown: short, and Chinese where the feed is Chinese. */
	readonly name: string;
	/** URL host suffixes: `rfi.fr` covers `www.rfi.fr`. */
	readonly hosts: readonly string[];
	/** Other names: Simplified and Traditional, English, Latin short keys (`rfi`, `nyt`) for `source:`. */
	readonly names: readonly string[];
};

export const knownSources: readonly KnownSource[] = [
	{name: '法广', hosts: ['rfi.fr'], names: ['法國國際廣播電台', '法国国际广播电台', '法国国际广播电台 - RFI', '法廣', 'RFI', 'Radio France Internationale']},
	{name: '路透', hosts: ['reuters.com'], names: ['路透社', 'Reuters']},
	{name: '美国之音', hosts: ['voachinese.com', 'voanews.com'], names: ['美國之音', 'VOA', 'Voice of America']},
	{name: '德国之声', hosts: ['dw.com'], names: ['德國之聲', 'DW', 'Deutsche Welle']},
	{name: '自由亚洲电台', hosts: ['rfa.org'], names: ['自由亚洲', '自由亞洲', '自由亞洲電台', 'RFA', 'Radio Free Asia']},
	{name: 'BBC', hosts: ['bbc.com', 'bbc.co.uk'], names: ['BBC中文', 'BBC中文网', 'BBC中文網', 'BBC News']},
	{name: '金融时报', hosts: ['ft.com', 'ftchinese.com'], names: ['金融時報', 'FT中文网', 'FT中文網', 'FT', 'Financial Times']},
	{name: '纽约时报', hosts: ['nytimes.com'], names: ['紐約時報', '纽约时报中文网', '紐約時報中文網', 'NYT', 'nytimes', 'New York Times', 'The New York Times']},
	{name: '中国数字时代', hosts: ['chinadigitaltimes.net'], names: ['中國數字時代', 'CDT', 'China Digital Times']},
	{name: '中央广播电台', hosts: ['rti.org.tw'], names: ['RTI 中央廣播電臺', '中央廣播電臺', '中央廣播電台', '中央广播电台', 'RTI', '央廣', '央广']},
	{name: '中央社', hosts: ['cna.com.tw'], names: ['(臺)中央社CNA', '中央社CNA', 'CNA', '中央通讯社', '中央通訊社']},
	{name: '联合早报', hosts: ['zaobao.com', 'zaobao.com.sg'], names: ['聯合早報', 'Lianhe Zaobao', 'zaobao']},
	{name: '大纪元', hosts: ['epochtimes.com'], names: ['大紀元', 'Epoch Times', 'The Epoch Times']},
	{name: '经济学人', hosts: ['economist.com'], names: ['經濟學人', '经济学人en', 'Economist', 'The Economist']},
	{name: 'Solidot', hosts: ['solidot.org'], names: ['奇客资讯', '奇客資訊']},
	{name: '寒冬', hosts: ['bitterwinter.org'], names: ['Bitter Winter']},
	{name: '维权网', hosts: ['wqw2010.blogspot.com'], names: ['維權網']},
	// The transcripts come from a mirror whose host carries other data too: known by name only.
	{name: '新闻联播', hosts: [], names: ['新聞聯播', 'CCTV新闻联播', 'CCTV新聞聯播', 'CCTV', '央视', '央視']},
	{name: '端传媒', hosts: ['theinitium.com'], names: ['端傳媒', 'Initium', 'Initium Media']},
	{name: '新华社', hosts: ['xinhuanet.com', 'news.cn'], names: ['新華社', '新华网', '新華網', 'Xinhua']},
	{name: 'Nei.st', hosts: ['nei.st'], names: []},
	{name: '华尔街日报', hosts: ['wsj.com'], names: ['華爾街日報', 'WSJ', 'Wall Street Journal', 'The Wall Street Journal']},
	{name: '彭博', hosts: ['bloomberg.com'], names: ['彭博社', '彭博新闻', '彭博新聞', 'Bloomberg']},
	{name: '苹果日报', hosts: ['appledaily.com', 'appledaily.com.tw'], names: ['蘋果日報', 'Apple Daily']},
	{name: '立场新闻', hosts: ['thestandnews.com'], names: ['立場新聞', '立场', '立場', 'Stand News']},
	{name: '界面新闻', hosts: ['jiemian.com'], names: ['界面新聞']},
	{name: 'Matters', hosts: ['matters.news'], names: []},
	{name: '泰晤士报', hosts: ['thetimes.co.uk'], names: ['泰晤士報', 'The Times']},
	{name: '每日电讯报', hosts: ['telegraph.co.uk'], names: ['每日電訊報', 'The Telegraph', 'Daily Telegraph']},
];

/**
The form names are compared in: compatibility forms folded (full-width `ＲＦＩ`, `（臺）`), lower case,
no spaces or zero-width characters, one kind of dash, no punctuation or symbols at either end.
*/
export function sourceKey(name: string): string {
	return name.normalize('NFKC').toLowerCase()
		.replace(/[\s\u200B-\u200D\u2060\uFEFF]+/gu, '')
		.replace(/[\u2010-\u2015\u2212]/gu, '-')
		.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '');
}

const byKey = new Map<string, KnownSource>();
for (const source of knownSources) {
	for (const name of [source.name, ...source.names]) {
		byKey.set(sourceKey(name), source);
	}
}

/**
The known source `name` is one of the names of (the whole name, not a part of it), else null.

@example
knownSourceNamed('法國國際廣播電台 – RFI')?.name // '法广'
knownSourceNamed('ｒｆｉ')?.name // '法广'
*/
export function knownSourceNamed(name: string): KnownSource | null {
	return byKey.get(sourceKey(name)) ?? null;
}

/**
The known source `host` belongs to: the host itself or a subdomain of one of its hosts, else null.

@example
knownSourceAt('cn.reuters.com')?.name // '路透'
*/
export function knownSourceAt(host: string): KnownSource | null {
	const bare = host.toLowerCase().replace(/\.$/, '');
	return knownSources.find(source => source.hosts.some(suffix => bare === suffix || bare.endsWith(`.${suffix}`))) ?? null;
}
