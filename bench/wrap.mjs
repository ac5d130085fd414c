// Wrapping speed: corpus-reader's wrapText against wrap-ansi on the same text, and linearity.
// Run after `npm run build`:  node bench/wrap.mjs
// Prints figures; asserts nothing (the machine is shared and noisy).
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import wrapAnsi from 'wrap-ansi';
import {wrapText} from '../dist/text/wrap.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(root, '../shared/corpus');

// Crude paragraph extraction: split at block ends, strip tags, decode a few entities.
const ENTITIES = {amp: '&', lt: '<', gt: '>', quot: '"', apos: '\'', nbsp: '\u00A0'};
const decode = text => text.replaceAll(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name) => {
	if (name.startsWith('#')) {
		const code = /^#x/i.test(name) ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
		return code > 0 && code < 0x11_00_00 && !(code >= 0xd8_00 && code < 0xe0_00) ? String.fromCodePoint(code) : whole;
	}

	return ENTITIES[name.toLowerCase()] ?? whole;
});
const clean = text => text.replaceAll(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, '');

function corpusParagraphs() {
	const paragraphs = [];
	const walk = directory => {
		for (const entry of fs.readdirSync(directory, {withFileTypes: true})) {
			const full = path.join(directory, entry.name);
			if (entry.isDirectory()) {
				walk(full);
				continue;
			}

			for (const piece of fs.readFileSync(full, 'utf8').split(/<\/(?:p|h\d|li|div|blockquote|figcaption)>|<br\s*\/?>/i)) {
				const text = clean(decode(piece.replaceAll(/<[^>]*>/g, '')));
				if (/\S/.test(text)) {
					paragraphs.push(text);
				}
			}
		}
	};

	walk(corpus);
	return paragraphs;
}

function time(run) {
	const start = performance.now();
	run();
	return performance.now() - start;
}

const format = n => n.toLocaleString('en-US', {maximumFractionDigits: 2});

if (fs.existsSync(corpus)) {
	const paragraphs = corpusParagraphs();
	const characters = paragraphs.reduce((sum, text) => sum + text.length, 0);
	console.log(`corpus: ${paragraphs.length} paragraphs, ${format(characters)} characters`);
	for (const width of [40, 80]) {
		// Warm up once, then measure.
		for (const text of paragraphs.slice(0, 500)) {
			wrapText(text, width);
			wrapAnsi(text, width, {hard: true});
		}

		const ours = time(() => {
			for (const text of paragraphs) {
				wrapText(text, width);
			}
		});
		const theirs = time(() => {
			for (const text of paragraphs) {
				wrapAnsi(text, width, {hard: true});
			}
		});
		console.log(`width ${width}: wrapText ${format(characters / ours / 1000)} M chars/s (${format(ours)} ms); `
			+ `wrap-ansi ${format(characters / theirs / 1000)} M chars/s (${format(theirs)} ms)`);
	}
} else {
	console.log(`corpus not found at ${corpus}: skipping the corpus figures`);
}

// Linearity: the same kind of text at 1,000 and 100,000 characters.
const chinese = '习近平普京两人上次电话交谈是在普京发动侵略乌克兰战争的第二天2月25日。而在之后的一百多天中，“中俄两位领导人”都没有正式通话的对外报道；';
const kinds = {
	'CJK with punctuation': length => chinese.repeat(Math.ceil(length / chinese.length)).slice(0, length),
	'no break opportunity': length => 'a'.repeat(length),
};
for (const [name, make] of Object.entries(kinds)) {
	const short = make(1000);
	const long = make(100_000);
	wrapText(short, 40);
	wrapText(long, 40);
	// The best of several rounds: on a shared machine the minimum is the figure least disturbed by others.
	const best = (text, rounds, perRound) => {
		let fastest = Number.POSITIVE_INFINITY;
		for (let round = 0; round < rounds; round++) {
			fastest = Math.min(fastest, time(() => {
				for (let index = 0; index < perRound; index++) {
					wrapText(text, 40);
				}
			}) / perRound);
		}

		return fastest;
	};

	const shortTime = best(short, 20, 50);
	const longTime = best(long, 7, 1);
	console.log(`linearity, ${name}: 1,000 chars ${format(shortTime)} ms, 100,000 chars ${format(longTime)} ms, ratio ${format(longTime / shortTime)}× (linear: 100×)`);
}
