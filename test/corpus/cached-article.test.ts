import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, expect, test} from 'vitest';
import {layoutArticle} from '../../source/article/article-lines.js';
import {blockText} from '../../source/article/article.js';
import {articleFromCache} from '../../source/corpus/cached-article.js';
import {readArticle} from '../../source/corpus/read-article.js';

let folder: string;
let file: string;
const article = (headline: string, body: string): string => `<!--1595000000000-->\n[${headline}](https://x.org/a)\n------\n\n<p>${body}</p>\n`;

/** The article as the index would give it: its header and stamp read now, its body read later. */
function listed() {
	const result = readArticle({path: file, id: 'a.md', explicit: false});
	if (!result.ok) {
		throw new Error(result.problem.reason);
	}

	const {article: parsed} = result.parsed;
	return articleFromCache({path: file, id: 'a.md', explicit: false}, {
		kind: 'article', stamp: result.stamp, date: parsed.date, headline: parsed.headline, section: parsed.section,
		source: parsed.source, url: parsed.url, warnings: parsed.warnings, digest: null,
	});
}

const note = (item: ReturnType<typeof listed>): string | undefined => layoutArticle(item, 200).lines
	.map(line => line.map(segment => segment.text).join(''))
	.find(line => line.startsWith('note:'));

beforeEach(() => {
	folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cached-article-'));
	file = path.join(folder, 'a.md');
	fs.writeFileSync(file, article('原标题', '原来的正文。'));
});

afterEach(() => {
	fs.rmSync(folder, {recursive: true, force: true});
});

test('a file unchanged since it was listed shows its body, with no note', () => {
	const item = listed();
	expect(item.blocks.map(block => blockText(block))).toEqual(['原来的正文。']);
	expect(note(item)).toBeUndefined();
});

test('a file rewritten since it was listed is reloaded, and the reader says so', () => {
	const item = listed();
	fs.writeFileSync(file, article('新标题', '改写后的正文，长一些。'));
	expect(note(item)).toBe('note: this file changed since it was listed: reloaded');
	expect(item.blocks.map(block => blockText(block))).toEqual(['改写后的正文，长一些。']);
});

test('a file gone, or unreadable, since it was listed: an empty body and a note saying which', () => {
	const gone = listed();
	fs.rmSync(file);
	expect(note(gone)).toBe('note: this file is gone');
	expect(gone.blocks).toEqual([]);

	fs.writeFileSync(file, article('原标题', '原来的正文。'));
	const replaced = listed();
	fs.rmSync(file);
	fs.mkdirSync(file);
	expect(note(replaced)).toBe('note: this file changed since it was listed, and is no article now (not a regular file)');
	fs.rmdirSync(file);

	fs.writeFileSync(file, article('原标题', '原来的正文。'));
	const locked = listed();
	fs.chmodSync(file, 0o000);
	let readable = true;
	try {
		fs.readFileSync(file);
	} catch {
		readable = false;
	}

	// As root every file is readable: the case cannot arise there.
	if (!readable) {
		expect(note(locked)).toBe('note: cannot read this file: permission denied');
	}
});
