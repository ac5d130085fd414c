#!/usr/bin/env node
// Counts, over every article of the shared corpus printed as `print --width N` prints it, the faults
// a Chinese reader notices that the first edition of the rules does not name (issue 13, points 1–3):
//
//   - a closing ASCII quote starting a line, an opening one ending it (quotes classed by parity in
//     a paragraph with an even count; `'` only where no apostrophe can be meant, see quoteRoles);
//   - a break inside a handle, tag, `C++`/`C#` or a dash typed as `--` / `──` that fits the width;
//   - a line made only of spaces or NBSP: at a paragraph's end it is a double gap on screen;
//   - (point 8) a paragraph that starts with the source's indent (U+3000, NBSP or spaces), and a file
//     whose paragraphs mix indents (or indent some and not others);
//   - (point 7) an inline emoji image printed as a paragraph of its own (`[图片: 🙏]`);
//   - (point 5) a Chinese line of the reader pane that ends a column short: at a pane of an odd number
//     of columns, Han characters (two columns each) leave the last one empty. The reader's text width
//     for a pane is taken from the build (state/layout.js `readerTextWidth`, with the default measure
//     cap); a build without it used the whole pane, which is what "before" measures. Lines of wide
//     characters only are counted apart: at an even width none can end a column short, where lines
//     with an odd number of narrow characters (Latin, digits) still may, at any width.
//
//   npm run build && node bench/typography-counts.mjs [--from 20] [--to 100]
//
// The counts are judged here, independently of the wrapper's own classes, so the same script
// measures before and after a change. Widths are in columns, ambiguous characters narrow.
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {parseArgs} from 'node:util';
import {sharedCorpus} from './lib/corpus-copy.mjs';

const {values: options} = parseArgs({options: {from: {type: 'string', default: '20'}, to: {type: 'string', default: '100'}}});
const dist = new URL('../dist/', import.meta.url);
const {parseArticle} = await import(new URL('article/parse-article.js', dist).href);
const {renderText} = await import(new URL('article/render-text.js', dist).href);
const {wrapRanges} = await import(new URL('text/wrap.js', dist).href);
const {displayWidth} = await import(new URL('text/display-width.js', dist).href);
const {narrowMeasure} = await import(new URL('text/measure.js', dist).href);
const layout = await import(new URL('state/layout.js', dist).href);
/** The reader's text width for a pane of `columns` (inside its margins): the build's rule, else all of it. */
const readerTextWidth = typeof layout.readerTextWidth === 'function'
	? columns => layout.readerTextWidth(columns, layout.defaultMaxTextWidth)
	: columns => columns;

const LETTER = /[\p{L}\p{N}]/u;
const HAN = /\p{sc=Han}/u;
const isWord = character => character !== undefined && LETTER.test(character) && !HAN.test(character);

/**
The role (`open`/`close`) of each ASCII quote of one paragraph by its offset. `"` pairs by parity when
the paragraph holds an even number. `'` between two letters is an apostrophe (`don't`, `80's`); the
others pair when they are even in number and none could be an apostrophe at a word's edge (an opening
one right after a letter, a closing one right before one).
*/
function quoteRoles(text) {
	const roles = new Map();
	const double = [...text.matchAll(/"/g)].map(match => match.index);
	const single = [...text.matchAll(/'/g)].map(match => match.index).filter(index => !(isWord(text[index - 1]) && isWord(text[index + 1])));
	const singleClear = single.every((index, k) => (k % 2 === 0 ? !isWord(text[index - 1]) : !isWord(text[index + 1])));
	for (const [offsets, clear] of [[double, true], [single, singleClear]]) {
		if (clear && offsets.length % 2 === 0) {
			for (const [k, offset] of offsets.entries()) {
				roles.set(offset, k % 2 === 0 ? 'open' : 'close');
			}
		}
	}

	return roles;
}

// Handles and tags with their sigil, words with a `++`/`#` suffix, dashes typed as `--` or `──`: the tokens
// the second edition of the rules adds (/shared/typography/check.mjs, TOKEN_RE).
const WORD_CHARACTER = String.raw`(?:(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Bopomofo}])[\p{L}\p{N}\p{M}])`;
const CONNECTOR = String.raw`(?:[.,:'’/_@&+．／＿＠＆＋]|[-－](?=\p{N}))`;
// A sigil inside a word is an e-mail address's `@` (`cn.letters@nytimes.com`), not a handle: the whole
// address is the word, and one wider than the pane must be cut.
const WHOLE = new RegExp(String.raw`(?<![\p{L}\p{N}\p{M}.,:'’/_@&+．／＿＠＆＋-])[@#＠＃]${WORD_CHARACTER}+(?:${CONNECTOR}${WORD_CHARACTER}+)*|${WORD_CHARACTER}+(?:\+\+|#)(?!${WORD_CHARACTER})|-{2,}|─{2,}`, 'gu');

const counts = {
	closingQuoteStarts: 0, openingQuoteEnds: 0, singleQuoteFaults: 0,
	wholeSplits: 0, handleSplits: 0, dashSplits: 0,
	spaceOnlyLastLines: 0, spaceOnlyOtherLines: 0, paragraphsEndingInSpace: 0,
	indentedParagraphs: 0, filesMixingIndents: 0, emojiImageParagraphs: 0,
	chineseLinesOdd: 0, shortLinesOdd: 0, chineseLinesEven: 0, shortLinesEven: 0,
	wideLinesOdd: 0, shortWideLinesOdd: 0, wideLinesEven: 0, shortWideLinesEven: 0,
};
const filesWith = Object.fromEntries(Object.keys(counts).map(key => [key, new Set()]));
const count = (key, file) => {
	counts[key]++;
	filesWith[key].add(file);
};

/** The faults of one paragraph (no hard break inside) wrapped at `width`. */
function judgeParagraph(text, width, file, roles, wholes) {
	const ranges = wrapRanges(text, width);
	for (const [index, {start, end}] of ranges.entries()) {
		const line = text.slice(start, end);
		if (line !== '' && /^[ \t\u00A0\u3000\u200B]+$/.test(line)) {
			count(index === ranges.length - 1 ? 'spaceOnlyLastLines' : 'spaceOnlyOtherLines', file);
		}

		if (index === 0) {
			continue;
		}

		const previousEnd = ranges[index - 1].end;
		if (roles.get(start) === 'close') {
			count(text[start] === '"' ? 'closingQuoteStarts' : 'singleQuoteFaults', file);
		}

		if (roles.get(previousEnd - 1) === 'open') {
			count(text[previousEnd - 1] === '"' ? 'openingQuoteEnds' : 'singleQuoteFaults', file);
		}

		for (const whole of wholes) {
			if (whole.start < start && start < whole.end && whole.width <= width) {
				count('wholeSplits', file);
				if (whole.dash) {
					count('dashSplits', file);
				} else if (/^[@＠]/.test(whole.text)) {
					count('handleSplits', file);
				}
			}
		}
	}
}

/**
The reader's lines of one paragraph in a pane `pane` columns wide: every line but the last (which ends
where the paragraph does) that holds Han counts as a Chinese line, and it ends a column short when it is
one column narrower than the text width.
*/
function judgePane(text, pane, file) {
	const width = readerTextWidth(pane);
	const parity = pane % 2 === 1 ? 'Odd' : 'Even';
	const ranges = wrapRanges(text, width);
	for (const {start, end} of ranges.slice(0, -1)) {
		const line = text.slice(start, end);
		if (!HAN.test(line)) {
			continue;
		}

		const lineWidth = displayWidth(line);
		count(`chineseLines${parity}`, file);
		if (lineWidth === width - 1) {
			count(`shortLines${parity}`, file);
		}

		if (lineWidth === 2 * [...line].length) {
			count(`wideLines${parity}`, file);
			if (lineWidth === width - 1) {
				count(`shortWideLines${parity}`, file);
			}
		}
	}
}

const files = fs.readdirSync(sharedCorpus, {recursive: true, withFileTypes: true})
	.filter(entry => entry.isFile())
	.map(entry => path.join(entry.parentPath, entry.name))
	.sort();
const from = Number(options.from);
const to = Number(options.to);
const started = performance.now();
for (const file of files) {
	const article = parseArticle(fs.readFileSync(file, 'utf8'), file);
	// The paragraphs exactly as `print` hands them to the wrapper.
	const paragraphs = [];
	const collect = text => {
		paragraphs.push(...text.split(/\r\n|\r|\n/));
		return [text];
	};
	try {
		renderText(article, {wrap: {width: 1000, measure: {...narrowMeasure, wrap: collect}}});
	} catch (error) {
		// A build from before the reader and print agreed (#13 point 5) took the wrapper as a function.
		if (!(error instanceof TypeError) || paragraphs.length > 0) {
			throw error;
		}

		renderText(article, {wrap: collect});
	}

	const indents = new Set();
	for (const text of paragraphs.slice(2)) {
		// After the headline and the meta line: an indent, or none.
		const indent = /^[\u3000\u00A0 ]+/.exec(text)?.[0] ?? '';
		indents.add(indent.includes('\u3000') ? 'U+3000' : (indent === '' ? 'none' : 'NBSP or spaces'));
		if (indent !== '') {
			count('indentedParagraphs', file);
		}

		if (/^\[图片: \p{Extended_Pictographic}[^\]]{0,12}\]$/u.test(text)) {
			count('emojiImageParagraphs', file);
		}
	}

	if (indents.size > 1) {
		count('filesMixingIndents', file);
	}

	for (const text of paragraphs) {
		if (/[ \u00A0]$/.test(text)) {
			count('paragraphsEndingInSpace', file);
		}

		const roles = quoteRoles(text);
		const wholes = [...text.matchAll(WHOLE)].map(match => ({
			text: match[0], start: match.index, end: match.index + match[0].length, width: displayWidth(match[0]), dash: /^[-─]/.test(match[0]),
		}));
		for (let width = from; width <= to; width++) {
			judgeParagraph(text, width, file, roles, wholes);
			judgePane(text, width, file);
		}
	}
}

console.log(`${files.length} files, widths ${from}–${to} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
const rows = [
	['closing " at a line start', 'closingQuoteStarts'],
	['opening " at a line end', 'openingQuoteEnds'],
	['\' quote at the wrong line edge', 'singleQuoteFaults'],
	['handle/tag/C++/dash split', 'wholeSplits'],
	['  of which @handle', 'handleSplits'],
	['  of which -- or ── dash', 'dashSplits'],
	['paragraph-end line of only spaces/NBSP', 'spaceOnlyLastLines'],
	['other line of only spaces/NBSP', 'spaceOnlyOtherLines'],
	['paragraph ending in space/NBSP', 'paragraphsEndingInSpace'],
	['paragraph starting with an indent', 'indentedParagraphs'],
	['file mixing indents (or none)', 'filesMixingIndents'],
	['emoji image as a paragraph', 'emojiImageParagraphs'],
];
for (const [label, key] of rows) {
	console.log(`${label.padEnd(40)} ${String(counts[key]).padStart(7)}  in ${filesWith[key].size} files`);
}

const share = (part, whole) => `${(whole === 0 ? 0 : (100 * part) / whole).toFixed(1)}%`;
console.log(`reader pane ${from}–${to} columns (text width ${readerTextWidth(from)}–${readerTextWidth(to)}), Chinese lines a column short:`);
for (const parity of ['Odd', 'Even']) {
	const short = counts[`shortLines${parity}`];
	const lines = counts[`chineseLines${parity}`];
	console.log(`  at ${parity.toLowerCase()} pane widths`.padEnd(40) + ` ${String(short).padStart(7)}  of ${lines} (${share(short, lines)})`);
	const shortWide = counts[`shortWideLines${parity}`];
	const wide = counts[`wideLines${parity}`];
	console.log('    of which all wide characters'.padEnd(40) + ` ${String(shortWide).padStart(7)}  of ${wide} (${share(shortWide, wide)})`);
}

process.exitCode = 0;
