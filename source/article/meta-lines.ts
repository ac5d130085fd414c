/** The reader's meta line: date · source · section, and the article's URL, which never wraps. */
import type {Article} from './article.js';
import {linkMark, type ArticleLinks} from './links.js';
import {metaFields, readableUrl} from './render-text.js';
import type {Measure} from '../text/measure.js';
import type {DisplayLine, Segment, Style} from '../screen/display-line.js';

/** The URL keeps this many columns on the meta line's last line, else it goes on a line of its own. */
const urlColumns = 24;

/**
The meta line for the pane: date · source · section wrapped, then the URL and its mark. The URL is
never wrapped (a URL broken over lines in the middle of the pane reads as two): it goes on the last
line when it fits there or keeps `urlColumns` of it, else on a line of its own, cut with `…` to fit.
Only what is shown is cut; `o`, `y` and the hyperlink use the whole URL.
*/
export function metaLines(article: Article, links: ArticleLinks, width: number, measure: Measure): DisplayLine[] {
	const dim: Style = {dim: true};
	const fields = metaFields(article);
	const lines: DisplayLine[] = fields ? measure.wrap(fields, width).map(line => [{text: line, style: dim}]) : [];
	if (article.url === null) {
		return lines;
	}

	const number = links.numberOf(article.url);
	const hyperlink = number === undefined ? undefined : {url: article.url, id: number};
	const mark: Segment[] = number === undefined ? [] : [{text: ` ${linkMark(number)}`, style: {...dim, hyperlink}}];
	const room = Math.max(1, width - measure.width(mark[0]?.text ?? ''));
	const url = readableUrl(article.url);
	const last = lines.at(-1)?.[0]?.text;
	const used = last === undefined ? 0 : measure.width(`${last} · `);
	const urlSegment = (columns: number): Segment => ({text: measure.truncate(url, columns), style: {...dim, hyperlink}});
	if (last !== undefined && (used + measure.width(url) <= room || room - used >= urlColumns)) {
		lines[lines.length - 1] = [{text: `${last} · `, style: dim}, urlSegment(room - used), ...mark];
	} else {
		lines.push([urlSegment(room), ...mark]);
	}

	return lines;
}
