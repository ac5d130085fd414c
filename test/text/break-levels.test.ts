import {expect, test} from 'vitest';
import {analyseParagraph, BreakLevel} from '../../source/text/break-levels.js';

const {start, open, kinsoku, word, space} = BreakLevel;

test.each([
	['中文，字', [start, open, kinsoku, open]],
	['“好”', [start, kinsoku, kinsoku]],
	['ab cd', [start, word, space, open, word]],
	['a\u00A0b', [start, kinsoku, kinsoku]],
	['-5度', [start, kinsoku, open]],
	['"中"', [start, kinsoku, kinsoku]],
	['x "y', [start, space, open, kinsoku]],
	['x"y"z', [start, open, kinsoku, kinsoku, open]],
	['" y "', [start, space, kinsoku, space, kinsoku]],
	['(@a)', [start, kinsoku, word, kinsoku]],
	['C++', [start, word, word]],
	['中--文', [start, open, word, open]],
])('%j: break levels %j', (text, levels) => {
	expect([...analyseParagraph(text, false).levels]).toEqual(levels);
});

test('clusters and widths: a family emoji is one cluster of width 2, a tab counts 0', () => {
	const paragraph = analyseParagraph('a👨‍👩‍👧‍👦\t中', false);
	expect([...paragraph.starts]).toEqual([0, 1, 12, 13, 14]);
	expect([...paragraph.widths]).toEqual([1, 2, 0, 2]);
	expect([...paragraph.tabs]).toEqual([0, 0, 1, 0]);
});
