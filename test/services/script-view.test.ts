import {beforeAll, describe, expect, test} from 'vitest';
import {narrowMeasure} from '../../source/text/measure.js';
import {composeFrame} from '../../source/view/frame.js';
import {createReaderModel} from '../../source/services/reader-model.js';
import {memoryReading, memorySearcher} from '../helpers/memory-searcher.js';
import {initialState} from '../../source/state/state.js';
import {settle} from '../../source/state/settle.js';
import type {CorpusArticle} from '../../source/corpus/corpus.js';
import type {DisplayLine} from '../../source/screen/display-line.js';

const article = (index: number, headline: string, paragraph: string): CorpusArticle => ({
	id: `${index}.md`, path: `/corpus/${index}.md`, date: Date.UTC(2020, 6, 20 - index, 12), headline, section: null, source: '法广',
	url: `https://example.com/${index}`, lead: null, blocks: [{type: 'paragraph', runs: [{type: 'text', text: paragraph}]}], warnings: [], duplicateOf: null,
});

const articles = [
	article(0, '中美关系紧张', '周𫖮说，中美关系很复杂。'),
	article(1, '臺灣選舉', '這是繁體字的文章，關係很好。'),
];

const text = (line: DisplayLine): string => line.map(segment => segment.text).join('');
const hits = (rows: DisplayLine[]): string[] => rows.flatMap(row => row.filter(segment => segment.style.hit).map(segment => segment.text));

describe('the reader in another script', () => {
	const model = createReaderModel(articles, {measure: narrowMeasure, skipped: 0, degraded: 0, searcher: memorySearcher(articles), ...memoryReading(articles), showYear: false, leadingSources: ['法广']});
	// With OpenCC's tables loaded (the App loads them after the first frame).
	const browse = {...initialState(articles.length, {columns: 120, rows: 20}), scriptReady: true};
	beforeAll(async () => {
		await model.loadScripts();
	});

	test('t converts the reader\'s text and the list\'s headlines, and the status bar says which', () => {
		const traditional = settle(settle(browse, {type: 'key', name: 't'}, model.world), {type: 'key', name: 't'}, model.world);
		const rows = composeFrame(traditional, model.frameSource).map(row => text(row));
		expect(rows[0]).toContain('中美關係緊張');
		expect(rows[0]).toMatch(/│ 中美關係緊張/);
		expect(rows.join('\n')).toContain('周顗說，中美關係很複雜。');
		expect(rows.at(-1)).toMatch(/^ 1\/2 {2}繁體/);
		const simplified = settle(settle(browse, {type: 'key', name: 't'}, model.world), {type: 'key', name: 'j'}, model.world);
		const second = composeFrame(simplified, model.frameSource).map(row => text(row)).join('\n');
		expect(second).toContain('台湾选举');
		expect(second).toContain('这是繁体字的文章，关系很好。');
	});

	test('search finds both forms, and the hits are highlighted in the converted text, in the list and the reader', async () => {
		await model.prepare();
		const ready = settle(browse, {type: 'searchReady'}, model.world);
		let state = settle(ready, {type: 'keys', names: ['t', 't', '/']}, model.world);
		state = settle(state, {type: 'paste', text: '关系'}, model.world);
		state = settle(state, {type: 'key', name: 'enter'}, model.world);
		expect(state.filter?.matches).toEqual([0, 1]);
		const rows = composeFrame(state, model.frameSource);
		// The headline in the list and in the reader, and the paragraph: 關係 each time, after 𫖮 shrank to 顗.
		expect(hits(rows)).toEqual(['關係', '關係', '關係']);
		const next = settle(state, {type: 'key', name: ']'}, model.world);
		// The other article: written in Traditional, found by the Simplified query (and the first's headline still in the list).
		expect(hits(composeFrame(next, model.frameSource))).toEqual(['關係', '關係']);
		expect(composeFrame(next, model.frameSource).map(row => text(row)).join('\n')).toContain('這是繁體字的文章，關係很好。');
	});
});
