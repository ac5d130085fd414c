/**
Latin names for the corpus's publishers, so `source:rfi` finds articles whose source is `法广`.

Keys are lower case; values are names an article's `source` may contain (any one is enough).
*/
export const sourceAliases: Readonly<Record<string, readonly string[]>> = {
	rfi: ['法广', '法国国际广播电台', 'RFI'],
	bbc: ['BBC'],
	voa: ['美国之音', 'VOA'],
	dw: ['德国之声', 'DW'],
	nyt: ['纽约时报', 'New York Times'],
	nytimes: ['纽约时报', 'New York Times'],
	reuters: ['路透', 'Reuters'],
	ft: ['金融时报', 'FT中文网', 'Financial Times'],
	rfa: ['自由亚洲电台', 'RFA'],
	cdt: ['中国数字时代', 'China Digital Times'],
	cna: ['中央社', 'CNA'],
	rti: ['中央广播电台', 'RTI'],
	cctv: ['CCTV', '央视'],
};

/** The names a `source:` value stands for: its aliases, or the value itself. */
export function sourceNames(value: string): readonly string[] {
	return sourceAliases[value.toLowerCase()] ?? [value];
}
