/**
Headlines that carry their section or publisher, per site. Each rule is tied to the site's URL, so
a dash or bar that is part of another site's headline (DW's `港版国安法--以恐惧为政`) stays.
*/
import {trimAscii} from './clean-line.js';
import {knownSourceNamed} from './known-sources.js';
import {urlHost} from './url-host.js';

export type HeadlineParts = {
	readonly headline: string;
	readonly section: string | null;
	readonly source: string | null;
};

/** RFI names itself: ` – 法国国际广播电台 - RFI` (en dash first). */
const rfiSite = /\s+[–—]\s+(\S[^–—]*?\sRFI)$/;
/** RFI columns: ` - 要闻分析`, ` - 法国报纸摘要`: one short word, no spaces. */
const rfiSection = /\s+-\s+([^\s-][^\s]{0,11})$/;
/**
Reuters attributes the news: `…--FT`, but also to people and papers (`…--消息人士`, `…--报告`), which
are part of what the headline says: only a known source is split off.
*/
const reutersSource = /--\s*([^-\s][^-]{0,29})$/;
/**
China Digital Times reposts: `来源 | 标题`, `来源｜标题`, `来源丨标题`, after optional column tags
(`【404重点】Matters｜掮客徐升`). A "source" holding sentence punctuation is a headline fragment
(`波特王：…是真的？| 七月粉紅月報`), so it does not count.
*/
const cdtSource = /^((?:【[^】]{1,12}】)*)\s*([^|｜丨【：？！，。:?!,]{1,24}?)\s*[|｜丨]\s*(\S.*)$/;

/**
Splits a normalised headline into headline, section and source by the rules of the site `url`
belongs to. Headlines of other sites come back unchanged. `source` is the publisher the headline
names, as written: RFI itself, the outlet a Reuters report cites, the origin of a CDT repost.

@example
splitHeadline('法国政府重组名单出炉 - 要闻分析', 'http://www.rfi.fr/cn/x')
// {headline: '法国政府重组名单出炉', section: '要闻分析', source: null}
*/
export function splitHeadline(headline: string, url: string | null): HeadlineParts {
	const site = urlHost(url);
	if (site.endsWith('rfi.fr')) {
		const named = rfiSite.exec(headline);
		if (named?.[1] !== undefined) {
			return {headline: headline.slice(0, named.index), section: null, source: named[1]};
		}

		const section = rfiSection.exec(headline);
		if (section?.[1] !== undefined && section.index > 0) {
			return {headline: headline.slice(0, section.index), section: section[1], source: null};
		}
	}

	if (site.endsWith('reuters.com')) {
		const source = reutersSource.exec(headline);
		if (source?.[1] !== undefined && source.index > 0 && knownSourceNamed(source[1]) !== null) {
			return {headline: trimAscii(headline.slice(0, source.index)), section: null, source: trimAscii(source[1])};
		}
	}

	if (site.endsWith('chinadigitaltimes.net')) {
		const repost = cdtSource.exec(headline);
		if (repost?.[2] !== undefined && repost[3] !== undefined && trimAscii(repost[2]) !== '') {
			return {headline: (repost[1] ?? '') + repost[3], section: null, source: trimAscii(repost[2])};
		}
	}

	return {headline, section: null, source: null};
}
