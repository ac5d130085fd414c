/**
The reader pane's typography on a real screen (a pseudo-terminal read through xterm.js): the text's
width and place (an even width, the measure, centred), and that its lines are `print --width`'s;
paragraphs flush whatever the source's indent; inline emoji images in their sentence; emphasis and
quotes italic in Latin only, cell by cell; emoji sequences drawn so the terminal's widths are ours.
*/
import {execFile} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import stringWidth from 'string-width';
import {afterAll, afterEach, beforeAll, describe, expect, test} from 'vitest';
import {disposeAllTerminals, startTerminal, type TerminalSession} from '../helpers/terminal.js';
import {lineWidthViolations} from '../helpers/line-width.js';
import {cliPath, repoRoot} from '../helpers/repo-paths.js';

const run = promisify(execFile);
const environment = {TZ: 'UTC', CORPUS_READER_AMBIGUOUS_WIDTH: 'narrow'};

afterEach(async () => {
	await disposeAllTerminals();
});

const smiley = (alt: string): string => `<img src="https://s.w.org/images/core/emoji/13.0.0/72x72/1f64f.png" alt="${alt}" class="wp-smiley" style="height: 1em; max-height: 1em;" />`;
/** One article with what the pane has to get right: mixed indents, an inline emoji image. */
const paneArticle = [
	'<!--1590000000000-->',
	'[排版测试：缩进与表情](https://example.com/pane)',
	'------',
	'',
	[
		'<p><strong>导语：缩进与表情。</strong></p>',
		'<p>\u3000\u3000全角空格缩进的段落。</p>',
		'<p>&nbsp;&nbsp;&nbsp;&nbsp;不换行空格缩进的段落。</p>',
		'<p>没有缩进的段落。</p>',
		`<p>希望你在那边一切都好${smiley('🙏')} 祝福你的妻儿</p>`,
		'<p>他说：<em>这是强调的中文</em>，<em>English emphasis</em>。</p>',
		'<blockquote><p>引用的中文 with Latin words</p></blockquote>',
	].join(''),
].join('\n');
/** Emoji sequences terminals measure differently (tmux and xterm.js: ❤️ 1, 👍🏻 4, 👨‍⚕️ 3; string-width 2 each). */
const emojiHeadline = '点赞❤️👍🏻与👨‍⚕️：表情测试';
let corpus: string;
let emojiCorpus: string;

beforeAll(() => {
	corpus = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-reader-pane-'));
	fs.writeFileSync(path.join(corpus, 'pane.md'), paneArticle);
	emojiCorpus = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-reader-emoji-'));
	fs.writeFileSync(path.join(emojiCorpus, 'emoji.md'), `<!--1590000000000-->\n[${emojiHeadline}](https://example.com/emoji)\n------\n\n<p>正文里也有👍🏻和❤️，还有1️⃣。</p>\n`);
	fs.writeFileSync(path.join(emojiCorpus, 'plain.md'), '<!--1580000000000-->\n[没有表情的标题](https://example.com/plain)\n------\n\n<p>正文。</p>\n');
});

afterAll(() => {
	fs.rmSync(corpus, {recursive: true, force: true});
	fs.rmSync(emojiCorpus, {recursive: true, force: true});
});

async function open(options: Parameters<typeof startTerminal>[0], shown = '俄乌战场'): Promise<TerminalSession> {
	const session = startTerminal({...options, env: {...environment, ...options?.env}});
	await session.waitFor(screen => /\d+\/\d+/.test(screen.at(-1) ?? '') && screen.some(row => row.includes(shown)));
	return session;
}

/** The reader pane's rows (side by side: right of the separator), the column its text starts at, and its lines. */
function readerPane(session: TerminalSession): {left: number; lines: string[]} {
	const rows = session.screen().slice(0, -1).map(row => row.slice(row.indexOf('│') + 1));
	const left = Math.min(...rows.filter(row => row.trim() !== '').map(row => row.length - row.trimStart().length));
	return {left, lines: rows.map(row => row.slice(left).trimEnd())};
}

/**
The lines without the meta lines (from the one starting with the date to the first blank line): the
reader cuts the meta line's URL with … where print wraps it whole (article/meta-lines.ts).
*/
function withoutMeta(lines: readonly string[]): string[] {
	const meta = lines.findIndex(line => /^\d{4}-\d\d-\d\d /.test(line));
	const blank = lines.indexOf('', meta);
	return meta === -1 || blank === -1 ? [...lines] : [...lines.slice(0, meta), ...lines.slice(blank)];
}

async function printed(width: number): Promise<string[]> {
	const {stdout} = await run(process.execPath, [cliPath, 'print', '--width', String(width)], {cwd: repoRoot, env: {...process.env, ...environment}});
	return stdout.split('\n');
}

describe('the text width and the measure', () => {
	test.each([
		// Terminal, options → where the text starts after the separator, its width.
		[{cols: 101, rows: 30}, {}, 1, 58],
		[{cols: 200, rows: 50}, {}, 19, 80],
		[{cols: 200, rows: 50}, {args: ['--measure', '30']}, 29, 60],
		[{cols: 200, rows: 50}, {env: {CORPUS_READER_MEASURE: '0'}}, 1, 116],
	])('%o %o: the text starts at column %i of the pane, %i wide, and its lines are print --width\'s', async (size, options, left, width) => {
		const session = await open({...size, ...options});
		const pane = readerPane(session);
		expect(pane.left).toBe(left);
		// Its Chinese lines fill it: the widest line is exactly as wide.
		expect(Math.max(...pane.lines.map(line => stringWidth(line)))).toBe(width);
		const print = await printed(width);
		const shown = withoutMeta(pane.lines);
		expect(shown).toEqual(withoutMeta(print).slice(0, shown.length));
		expect(lineWidthViolations(session)).toEqual([]);
	});
});

describe('the source\'s layout, the reader\'s rule', () => {
	test('paragraphs start flush whatever their indent in the file, and an emoji image is in its sentence', async () => {
		const session = await open({args: [corpus], cols: 120, rows: 30}, '祝福你的妻儿');
		const pane = readerPane(session);
		const lines = pane.lines.filter(line => line !== '');
		expect(lines.slice(lines.indexOf('导语：缩进与表情。'))).toEqual([
			'导语：缩进与表情。',
			'全角空格缩进的段落。',
			'不换行空格缩进的段落。',
			'没有缩进的段落。',
			'希望你在那边一切都好🙏 祝福你的妻儿',
			'他说：这是强调的中文，English emphasis。',
			'│ 引用的中文 with Latin words',
		]);
		expect(session.screenText()).not.toContain('[图片');
		expect(lineWidthViolations(session)).toEqual([]);
	});
});

type Cell = NonNullable<ReturnType<NonNullable<ReturnType<TerminalSession['terminal']['buffer']['active']['getLine']>>['getCell']>>;

/** The screen's cells that hold the characters of `text`, where it first appears on a row. */
function cellsOf(session: TerminalSession, text: string): Cell[] {
	const buffer = session.terminal.buffer.active;
	for (let row = 0; row < session.rows; row++) {
		const line = buffer.getLine(buffer.viewportY + row);
		if (!line) {
			continue;
		}

		const cells: Cell[] = [];
		for (let x = 0; x < line.length; x++) {
			const cell = line.getCell(x);
			if (cell && cell.getWidth() > 0) {
				cells.push(cell);
			}
		}

		const characters = cells.map(cell => cell.getChars() || ' ');
		const wanted = [...text];
		for (let start = 0; start + wanted.length <= characters.length; start++) {
			if (wanted.every((character, index) => characters[start + index] === character)) {
				return cells.slice(start, start + wanted.length);
			}
		}
	}

	throw new Error(`${JSON.stringify(text)} is not on the screen:\n${session.screenText()}`);
}

describe('no synthetic italics on Han text', () => {
	test.each([
		// With colour, Han emphasis is magenta (palette 5); with NO_COLOR, underlined.
		['with colour', {}, (cell: Cell) => cell.isFgPalette() && cell.getFgColor() === 5],
		['with NO_COLOR', {NO_COLOR: '1'}, (cell: Cell) => cell.isUnderline() !== 0 && cell.isFgDefault()],
	])('%s: emphasis and quotes are upright in Han and italic in Latin', async (_mode, env, accented) => {
		const session = await open({args: [corpus], cols: 120, rows: 30, env}, 'English emphasis');
		for (const han of ['这是强调的中文', '引用的中文']) {
			for (const cell of cellsOf(session, han)) {
				expect(cell.isItalic(), `${cell.getChars()} of ${han}`).toBe(0);
				expect(accented(cell), `${cell.getChars()} of ${han}`).toBe(true);
			}
		}

		for (const latin of ['English', 'emphasis', 'Latin', 'words']) {
			for (const cell of cellsOf(session, latin)) {
				expect(cell.isItalic(), `${cell.getChars()} of ${latin}`).not.toBe(0);
				expect(accented(cell), `${cell.getChars()} of ${latin}`).toBe(false);
			}
		}

		// The text around the emphasis is neither.
		for (const cell of cellsOf(session, '他说：')) {
			expect([cell.isItalic(), accented(cell)]).toEqual([0, false]);
		}
	});
});

describe('emoji sequences', () => {
	/** The cell column of the pane separator on each row that has one. */
	const separatorColumns = (session: TerminalSession): number[] => {
		const buffer = session.terminal.buffer.active;
		const columns: number[] = [];
		for (let row = 0; row < session.rows - 1; row++) {
			const line = buffer.getLine(buffer.viewportY + row);
			for (let x = 0; line && x < line.length; x++) {
				if (line.getCell(x)?.getChars() === '│') {
					columns.push(x);
					break;
				}
			}
		}

		return columns;
	};

	test.each([[120, 30], [100, 24]])('in a headline, put no border off at %i×%i: drawn as their first emoji, as wide as measured', async (cols, rows) => {
		const session = await open({args: [emojiCorpus], cols, rows}, '正文里也有');
		// The reader's headline and the list row (cut where narrow): 👍🏻 as 👍, ❤️ as ❤ and a space, 👨‍⚕️ as 👨.
		expect(session.screenText()).toContain('点赞❤ 👍与👨：表情测试');
		expect(session.screen()[0]?.split('点赞❤ 👍')).toHaveLength(3);
		expect(session.screenText()).toContain('正文里也有👍和❤ ，还有1 。');
		const columns = separatorColumns(session);
		expect(columns).toHaveLength(rows - 1);
		expect(new Set(columns)).toEqual(new Set([Math.round(cols * 0.4)]));
		// Every cell is as wide in the terminal as the program measured it.
		expect(lineWidthViolations(session)).toEqual([]);
	});

	test('print keeps the characters as they are', async () => {
		const {stdout} = await run(process.execPath, [cliPath, 'print', '--width', '40', emojiCorpus], {cwd: repoRoot, env: {...process.env, ...environment}});
		expect(stdout).toContain(emojiHeadline);
		expect(stdout).toContain('正文里也有👍🏻和❤️，还有1️⃣。');
	});
});
