import fc from 'fast-check';
import {describe, expect, test} from 'vitest';
import {separateEscapes} from '../../source/text/escape-sequences.js';
import {wrapText} from '../../source/text/wrap.js';
import {createHeadlessTerminal, flushed, type HeadlessTerminal} from '../helpers/headless-screen.js';

const red = '\u001B[31m';
const endColour = '\u001B[39m';
const bold = '\u001B[1m';
const endBold = '\u001B[22m';
const link = (uri: string, parameters = ''): string => `\u001B]8;${parameters};${uri}\u0007`;
const endLink = link('');

type Row = [rule: string, text: string, width: number, expected: string[]];

const rows: Row[] = [
	['no escapes: the plain wrapper', '红色 文字', 4, ['红色', '文字']],
	['escapes take no columns', `${red}红色${endColour}文字`, 8, [`${red}红色${endColour}文字`]],
	['a colour open at a break is closed and opened again', `${red}红色 文字${endColour}`, 4, [`${red}红色${endColour}`, `${red}文字${endColour}`]],
	['several styles: closed in reverse order, opened in order', `${bold}${red}一二三四${endColour}${endBold}`, 4, [`${bold}${red}一二${endColour}${endBold}`, `${bold}${red}三四${endColour}${endBold}`]],
	['a hyperlink is closed at the line end and opened again with its id', `见${link('https://x.cn', 'id=1')}链接文字${endLink}。`, 6, [`见${link('https://x.cn', 'id=1')}链接${endLink}`, `${link('https://x.cn', 'id=1')}文字${endLink}。`]],
	['a style that starts at a break starts the next line', `中文${red}红色${endColour}`, 4, ['中文', `${red}红色${endColour}`]],
	['a style that ends at a break ends the line', `${red}红色${endColour} 中文`, 4, [`${red}红色${endColour}`, '中文']],
	['a style that starts after the spaces of a break', `ab ${red}cd${endColour}`, 2, ['ab', `${red}cd${endColour}`]],
	['a reset at a break', `${bold}${red}ab${'\u001B[0m'} cd`, 2, [`${bold}${red}ab${endColour}${endBold}`, 'cd']],
	['an escape inside a word never splits it, nor counts', `ab${red}cd${endColour}ef`, 6, [`ab${red}cd${endColour}ef`]],
	['an escape inside an over-wide word stays whole', `abc${red}def${endColour}`, 2, ['ab', `c${red}d${endColour}`, `${red}ef${endColour}`]],
	['other escapes stay where they are', 'ab\u001B[Kcd', 4, ['ab\u001B[Kcd']],
	['other escapes at a break start the next line', 'ab \u001B[Kcd', 2, ['ab', '\u001B[Kcd']],
	['hard breaks close and reopen too; an empty line stays empty', `${red}a\n\nb${endColour}`, 4, [`${red}a${endColour}`, '', `${red}b${endColour}`]],
	['leading escapes start the first line, trailing ones end the last', `${red}a b${endColour}`, 1, [`${red}a${endColour}`, `${red}b${endColour}`]],
	['a style left open at the end stays open, as written', `${red}ab cd`, 2, [`${red}ab${endColour}`, `${red}cd`]],
	['kinsoku on the shown text: `，` never starts a line', `一二${red}三${endColour}，四`, 6, ['一二', `${red}三${endColour}，四`]],
	['a second style on a line is closed too', `${link('https://x.cn')}a\u001B[7mb cd`, 2, [`${link('https://x.cn')}a\u001B[7mb${endLink}\u001B[27m`, `\u001B[7m${link('https://x.cn')}cd`]],
	['8-bit CSI', '\u009B1mab cd\u009B22m', 2, ['\u009B1mab\u001B[22m', '\u001B[1mcd\u009B22m']],
];

describe('wrapText with escape sequences', () => {
	test.each(rows)('%s', (_rule, text, width, expected) => {
		expect(wrapText(text, width)).toEqual(expected);
	});
});

const visible = ['中', '文', '字', '，', '。', '“', '”', 'ab', 'word', ' ', ' ', '\n', '(', ')', '2.25'];
const escapes = [
	red, endColour, bold, endBold, '\u001B[4m', '\u001B[24m', '\u001B[38;5;200m', '\u001B[48;2;1;2;3m', '\u001B[0m', '\u001B[m',
	'\u001B[1;3;32m', '\u009B7m', '\u001B[27m', link('https://a.cn/'), link('https://b.cn/', 'id=2'), endLink, '\u001B[K',
];
const escapedText = fc.array(fc.constantFrom(...visible, ...escapes, ...escapes), {maxLength: 40}).map(parts => parts.join(''));
const strip = (text: string): string => separateEscapes(text).plain;

/** The URI of the hyperlink each shown character is under, walking the sequences in order. */
function linkedCharacters(stream: string): Array<[string, string]> {
	const {plain, escapes: found} = separateEscapes(stream);
	const result: Array<[string, string]> = [];
	let uri = '';
	let next = 0;
	for (const [offset, character] of [...plain].entries()) {
		while (next < found.length && (found[next]?.offset ?? 0) <= offset) {
			const match = /^\u001B\]8;[^;]*;([^\u0007\u001B]*)/.exec(found[next]?.sequence ?? '');
			uri = match ? match[1] ?? '' : uri;
			next++;
		}

		result.push([character, uri]);
	}

	return result;
}

/** Each shown cell of the terminal that is not a space or `|`: its character and every attribute xterm.js keeps. */
function styledCells(terminal: HeadlessTerminal): string[] {
	const buffer = terminal.buffer.active;
	const cells: string[] = [];
	for (let y = 0; y < buffer.length; y++) {
		const line = buffer.getLine(y);
		for (let x = 0; x < terminal.cols; x++) {
			const cell = line?.getCell(x);
			const character = cell?.getChars() ?? '';
			if (cell && character !== '' && character !== ' ' && character !== '|') {
				cells.push([character, cell.getFgColorMode(), cell.getFgColor(), cell.getBgColorMode(), cell.getBgColor(), cell.isBold(), cell.isDim(), cell.isItalic(), cell.isUnderline(), cell.isInverse()].join(','));
			}
		}
	}

	return cells;
}

async function written(text: string, rows: number): Promise<HeadlessTerminal> {
	const terminal = createHeadlessTerminal({cols: 300, rows});
	terminal.write(text.replaceAll('\n', '\r\n'));
	await flushed(terminal);
	return terminal;
}

describe('properties of wrapping text with escape sequences', () => {
	test('the lines show exactly what the text without escapes wraps to, and hold only whole sequences', () => {
		fc.assert(fc.property(escapedText, fc.integer({min: 1, max: 30}), (text, width) => {
			const lines = wrapText(text, width);
			expect(lines.map(line => strip(line))).toEqual(wrapText(strip(text), width));
			for (const line of lines) {
				expect(strip(line), JSON.stringify(line)).not.toMatch(/[\u001B\u009B]/);
			}
		}), {numRuns: 400});
	});

	test('every character keeps its style and link, and every line but the last closes what it opened', async () => {
		await fc.assert(fc.asyncProperty(escapedText, fc.integer({min: 1, max: 30}), async (text, width) => {
			const lines = wrapText(text, width);
			// A `|` after each line shows what the line leaves open.
			const marked = lines.map(line => `${line}|`).join('\n');
			const original = await written(text, text.split('\n').length + 1);
			const wrapped = await written(marked, lines.length + 1);
			expect(styledCells(wrapped)).toEqual(styledCells(original));
			const buffer = wrapped.buffer.active;
			for (let y = 0; y < lines.length - 1; y++) {
				const row = buffer.getLine(y);
				const markers = Array.from({length: wrapped.cols}, (_unused, x) => row?.getCell(x)).filter(cell => cell?.getChars() === '|');
				expect(markers.at(-1)?.isAttributeDefault(), `line ${y} of ${JSON.stringify(lines)} leaves a style open`).toBe(true);
			}

			const shown = (pairs: Array<[string, string]>): Array<[string, string]> => pairs.filter(([character]) => !/[\s|]/.test(character));
			const linked = linkedCharacters(marked);
			expect(shown(linked)).toEqual(shown(linkedCharacters(text)));
			const leftOpen = linked.filter(([character]) => character === '|').slice(0, -1).map(([, uri]) => uri);
			expect(leftOpen.every(uri => uri === ''), `a line of ${JSON.stringify(lines)} leaves a link open`).toBe(true);
			original.dispose();
			wrapped.dispose();
		}), {numRuns: 200});
	});
});
