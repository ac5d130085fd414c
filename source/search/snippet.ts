/**
A one-line excerpt of an article's body around its first match, for result lists.
*/
import {blockText, runsText, type Article} from '../article/article.js';
import {forEachGrapheme} from '../text/graphemes.js';
import {narrowMeasure, type Measure} from '../text/measure.js';
import {findHits, type Hit} from './hits.js';
import type {Query} from './query.js';

/** Snippet text (one line, no wider than asked) and the matches in it, as UTF-16 offsets into `text`. */
export type Snippet = {readonly text: string; readonly ranges: Array<[number, number]>};

/** A grapheme of the field, or a whole whitespace run shown as one space. */
type Unit = {readonly text: string; readonly start: number; readonly end: number; readonly width: number};

const ellipsis = '…';

function units(text: string, measure: Measure): Unit[] {
	const result: Unit[] = [];
	forEachGrapheme(text, (start, end) => {
		const cluster = text.slice(start, end);
		const last = result.at(-1);
		if (/^\s+$/u.test(cluster)) {
			// A snippet is one line: newlines and runs of spaces become one space.
			if (last?.text === ' ') {
				result[result.length - 1] = {...last, end};
			} else {
				result.push({text: ' ', start, end, width: 1});
			}

			return;
		}

		result.push({text: cluster, start, end, width: measure.cell(cluster)});
	});
	return result;
}

function fieldText(article: Article, hit: Hit): string {
	if (hit.field === 'lead') {
		return article.lead ? runsText(article.lead) : '';
	}

	const block = hit.field === 'block' && hit.block !== undefined ? article.blocks[hit.block] : undefined;
	return hit.field === 'headline' ? article.headline : (block ? blockText(block) ?? '' : '');
}

/** The window `[first, last)` of units: the hit, then context to the left (up to a third), then right. */
function chooseWindow(list: readonly Unit[], hit: Hit, width: number, dotsWidth: number): [number, number] {
	let first = list.findIndex(unit => unit.end > hit.start);
	let last = first;
	let used = 0;
	const total = (from: number, to: number, sum: number): number =>
		sum + (from > 0 ? dotsWidth : 0) + (to < list.length ? dotsWidth : 0);
	while (last < list.length && (list[last]?.start ?? 0) < hit.end && (last === first || total(first, last + 1, used + (list[last]?.width ?? 0)) <= width)) {
		used += list[last]?.width ?? 0;
		last++;
	}

	const leftTarget = Math.max(0, Math.floor((width - used) / 3));
	let left = 0;
	const grow = (toLeft: boolean): boolean => {
		const index = toLeft ? first - 1 : last;
		const unit = list[index];
		if (!unit || total(toLeft ? first - 1 : first, toLeft ? last : last + 1, used + unit.width) > width) {
			return false;
		}

		used += unit.width;
		if (toLeft) {
			first--;
			left += unit.width;
		} else {
			last++;
		}

		return true;
	};

	while (left < leftTarget && grow(true)) {
		// Context before the hit, up to a third of what is left.
	}

	while (grow(false)) {
		// Then context after it.
	}

	while (grow(true)) {
		// And if the text ended first, more before it.
	}

	return [first, last];
}

/**
A one-line excerpt of the body (lead or text blocks) around the first match, at most `width` columns,
cut on grapheme boundaries, with `…` where text was cut off and every match in it as ranges into the
excerpt. Null when the query matches nothing in the body (say, only the headline).

@example
makeSnippet(article, parseQuery('疫情').query, 40);
//=> {text: '…美国的疫情仍在蔓延，专家警告…', ranges: [[4, 6]]}
*/
export function makeSnippet(article: Article, query: Query, width: number, measure: Measure = narrowMeasure): Snippet | null {
	const hits = findHits(article, query);
	const hit = hits.find(candidate => candidate.field !== 'headline');
	if (!hit || width < 1) {
		return null;
	}

	const list = units(fieldText(article, hit), measure);
	const dotsWidth = measure.width(ellipsis);
	let [first, last] = chooseWindow(list, hit, width, dotsWidth);
	// A space at either edge would only push the ellipsis away from the text.
	while (list[first]?.text === ' ' && first < last - 1) {
		first++;
	}

	while (list[last - 1]?.text === ' ' && last - 1 > first) {
		last--;
	}

	let text = first > 0 ? ellipsis : '';
	const offsets = new Map<number, [number, number]>();
	for (let index = first; index < last; index++) {
		const unit = list[index];
		if (unit) {
			offsets.set(index, [text.length, text.length + unit.text.length]);
			text += unit.text;
		}
	}

	if (last < list.length) {
		text += ellipsis;
	}

	const ranges: Array<[number, number]> = [];
	for (const other of hits) {
		if (other.field !== hit.field || other.block !== hit.block) {
			continue;
		}

		let start = -1;
		let end = -1;
		for (let index = first; index < last; index++) {
			const unit = list[index];
			const offset = offsets.get(index);
			if (unit && offset && unit.end > other.start && unit.start < other.end) {
				start = start === -1 ? offset[0] : start;
				end = offset[1];
			}
		}

		if (start !== -1) {
			ranges.push([start, end]);
		}
	}

	return {text, ranges};
}
