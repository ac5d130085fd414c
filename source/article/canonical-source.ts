/** The one name an article's publisher is shown and searched by, from whatever names it in the file. */
import {knownSourceAt, knownSourceNamed} from './known-sources.js';
import {sourceFromPath} from './path-names.js';
import {urlHost} from './url-host.js';

/** What a file says about its publisher. */
export type SourceClues = {
	readonly url: string | null;
	/**
	Publishers the file names, most telling first: the headline's suffix or repost prefix, then the
	front matter's categories, tags and author. Null or '' for what is missing.
	*/
	readonly named: readonly (string | null)[];
	readonly path: string;
};

/** The canonical name when `name` is a known source's, else `name` as it is. */
export function canonicalName(name: string): string {
	return knownSourceNamed(name)?.name ?? name;
}

/**
The article's source: the known site its URL is on; else the first publisher the file names
(canonical when known, as written when not); else the folder it lies in (canonical when known),
or '' when none names a publisher.

The site wins over the names because a feed's front matter and headlines name who wrote a piece
(`--消息人士` on Reuters, `来源 | 标题` on CDT), not who published it.

@example
canonicalSource({url: 'http://www.rfi.fr/cn/x', named: ['法国国际广播电台 - RFI'], path: 'a.md'}) // '法广'
canonicalSource({url: null, named: [], path: 'corpus/cdt/articles/a.md'}) // '中国数字时代'
*/
export function canonicalSource({url, named, path}: SourceClues): string {
	const site = knownSourceAt(urlHost(url));
	if (site !== null) {
		return site.name;
	}

	const publisher = named.find(name => name !== null && name !== '');
	return canonicalName(publisher ?? sourceFromPath(path));
}

/**
The section an article shows: its own, else the publisher its headline names when that is not the
source itself, so a repost or a report citing another outlet still says where it came from
(`来源 | 标题` on CDT, `…--FT` on Reuters).
*/
export function sectionWithOrigin(section: string | null, namedByHeadline: string | null, source: string): string | null {
	if (section !== null || namedByHeadline === null || namedByHeadline === '') {
		return section;
	}

	const origin = canonicalName(namedByHeadline);
	return origin === source ? null : origin;
}
