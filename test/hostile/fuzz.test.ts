/**
Fuzzing: random and mutated article files into parseArticle (no throw, no control character in any
string out, no tag text made up), random text and widths into wrapText (nothing lost, every line
fits). Run counts are modest so the suite stays fast (CORPUS_READER_FUZZ_RUNS=5000 for a longer hunt); fast-check prints a seed to replay a failure.
*/
import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import type {Article, Inline} from '../../source/article/article.js';
import {parseArticle} from '../../source/article/parse-article.js';
import {displayWidth} from '../../source/text/display-width.js';
import {wrapText} from '../../source/text/wrap.js';

/** Runs per property: 300 by default, more with CORPUS_READER_FUZZ_RUNS for a longer hunt. */
const fuzzRuns = Number(process.env.CORPUS_READER_FUZZ_RUNS ?? 300);

const seeds = [
	'<!--1595000000000-->\n[香港新闻 - 要闻](https://www.rfi.fr/cn/1)\n------\n\n<div>15/06/2022 - 21:48</div><p><strong>导语。</strong></p><div><p>第一段，<a href="/x">链接</a>。</p><img src="//i.example/a.jpg" alt="图"></div>\n',
	'[标题](https://cdt.example/2)\n------\n日期：Thu, 02 Jul 2020 18:28:24 +0000\n\n<p>正文 &amp; 实体 &#x4E2D;</p>\n',
	'---\ntitle: "前言"\ndate: 2021-01-21T15:05:44.994Z\nauthor: 作者\nfrom: https://x.org/3\n---\n<div>\n<h2>小标题</h2><ul><li>一</li></ul><blockquote>引</blockquote>\n</div>\n',
];

const pieces = [
	'<p>', '</p>', '<strong>', '<script>', '</script>', '<div', '"', '&', '&#0;', '&#x1b;', '&#155;', '&lt;p&gt;', '&nbsp;',
	'\u001B[2J', '\u001B]0;t\u0007', '\u009B', '\u202E', '\u0000', '\u0008', '\r', '\n', '[', ']', '(', ')', '------', '<!--', '-->',
	'<img src="', '<a href="', '<iframe src="x">', '中文', '，', '\uFFFD', '\uD800',
];

/** A seed article with random pieces and characters inserted, parts cut or repeated. */
const mutatedArticle = fc.tuple(
	fc.constantFrom(...seeds),
	fc.array(fc.tuple(fc.nat(), fc.oneof(fc.constantFrom(...pieces), fc.string({maxLength: 6}), fc.string({unit: 'binary', maxLength: 4})), fc.constantFrom('insert', 'cut', 'repeat')), {maxLength: 12}),
).map(([seed, edits]) => {
	let text = seed;
	for (const [at, piece, kind] of edits) {
		const position = at % (text.length + 1);
		if (kind === 'insert') {
			text = text.slice(0, position) + piece + text.slice(position);
		} else if (kind === 'cut') {
			text = text.slice(0, position);
		} else {
			text = text.slice(0, position) + text.slice(position, position + 40).repeat(3) + text.slice(position);
		}
	}

	return text;
});

const runsStrings = (runs: readonly Inline[]): string[] => runs.flatMap(run => (run.type === 'link' ? [run.text, run.href] : [run.text]));

/** Every string an article shows. */
function articleStrings(article: Article): string[] {
	const strings = [article.headline, article.source, article.section ?? '', article.url ?? '', ...runsStrings(article.lead ?? [])];
	for (const block of article.blocks) {
		switch (block.type) {
			case 'image': {
				strings.push(block.alt, block.src);
				break;
			}

			case 'media': {
				strings.push(block.url);
				break;
			}

			default: {
				strings.push(...runsStrings(block.runs));
			}
		}
	}

	return strings;
}

const control = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u2028\u2029]/;

describe('parseArticle on random and mutated files', () => {
	test.each([
		['mutated articles', mutatedArticle],
		['random text', fc.string({unit: 'binary', maxLength: 400})],
	])('%s: never throws, nothing controls the terminal, no tag made up', (_name, files) => {
		fc.assert(fc.property(files, text => {
			const article = parseArticle(text, 'fuzz/file.md');
			for (const value of articleStrings(article)) {
				expect(value).not.toMatch(control);
			}

			// A `<p>` shown as text must have been in the file as text (escaped, or a `<` that opened no
			// tag, such as `<ESC[2Jp>`, which reads `<p>` once the escape sequence is gone), never made from a tag.
			// A `<p>` shown as text must have been text in the file (escaped, in the header, or a `<` that
			// opened no tag, such as `<ESC[2Jp>`), never made from a tag: making every `<p>` tag of the body
			// a `<div>` leaves the count of `<p>` shown as it was.
			const count = (value: Article): number => articleStrings(value).join('\n').split('<p>').length - 1;
			const blank = text.indexOf('\n\n');
			const untagged = blank === -1 ? text : text.slice(0, blank) + text.slice(blank).replaceAll('<p>', '<div>');
			expect(count(article)).toBe(count(parseArticle(untagged, 'fuzz/file.md')));
		}), {numRuns: fuzzRuns});
	});
});

const segmenter = new Intl.Segmenter();

describe('wrapText on random text and widths', () => {
	const texts = fc.oneof(
		fc.string({unit: 'grapheme', maxLength: 300}),
		fc.array(fc.constantFrom('中', '文', '，', '。', '“', '”', ' ', 'word', '12.5', '—', '…', '😀', 'e\u0301', '\u3000', 'x'.repeat(30)), {maxLength: 120}).map(parts => parts.join('')),
	);
	test('nothing lost, every line fits', () => {
		fc.assert(fc.property(texts, fc.integer({min: 2, max: 100}), (text, width) => {
			const lines = wrapText(text, width);
			for (const line of lines) {
				// A single cluster wider than the pane (a wide emoji at width 1, U+1D160 with its marks)
				// may only stand alone.
				if ([...segmenter.segment(line)].length > 1) {
					expect(displayWidth(line)).toBeLessThanOrEqual(width);
				}
			}

			// Only spaces at soft breaks (and hard breaks) may go: every other character stays, in order.
			const kept = lines.join('').replaceAll(/[\s\u200B]/g, '');
			expect(kept).toBe(text.replaceAll(/[\s\u200B]/g, ''));
		}), {numRuns: fuzzRuns});
	});
});
