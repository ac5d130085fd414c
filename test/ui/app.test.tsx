import React from 'react';
import {narrowMeasure} from '../../source/text/measure.js';
import {render} from 'ink-testing-library';
import {afterEach, describe, expect, test} from 'vitest';
import {App} from '../../source/ui/app.js';
import {createReaderModel} from '../../source/services/reader-model.js';
import {memoryReading, memorySearcher} from '../helpers/memory-searcher.js';
import type {CorpusArticle} from '../../source/corpus/corpus.js';
import type {Exit} from '../../source/ui/use-effects.js';

const article = (index: number, headline: string): CorpusArticle => ({
	id: `${index}.md`,
	path: `/corpus/${index}.md`,
	date: Date.UTC(2020, 6, 20 - index, 12, 0),
	headline,
	section: null,
	source: '法广',
	url: `https://example.com/${index}`,
	lead: [{type: 'strong', text: `导语${index}：${headline}。`}],
	blocks: Array.from({length: 20}, (_, paragraph) => ({type: 'paragraph' as const, runs: [{type: 'text' as const, text: `第${index}篇第${paragraph + 1}段。`}]})),
	warnings: [],
	duplicateOf: null,
});

const articles = [article(0, '香港新闻'), article(1, '北京新闻'), article(2, '上海新闻')];
const frames: Array<ReturnType<typeof render>> = [];

function mount(options: {piped?: boolean} = {}): {app: ReturnType<typeof render>; exits: Exit[]; model: ReturnType<typeof createReaderModel>} {
	const exits: Exit[] = [];
	const model = createReaderModel(articles, {measure: narrowMeasure, skipped: 0, degraded: 0, searcher: memorySearcher(articles), ...memoryReading(articles), showYear: new Set(articles.flatMap(item => (item.date === null ? [] : [new Date(item.date).getFullYear()]))).size > 1, leadingSources: articles.map(item => item.source)});
	const app = render(<App model={model} total={articles.length} useColor={false} hyperlinks={false} piped={options.piped ?? false} maxTextWidth={80} onExit={exit => exits.push(exit)} onSuspend={async () => undefined}/>);
	frames.push(app);
	return {app, exits, model};
}

/** Ink handles input on the next turn of the event loop. */
const tick = async (): Promise<void> => new Promise(resolve => {
	setTimeout(resolve, 30);
});

const plain = (frame: string | undefined): string => (frame ?? '').replaceAll(/\u001B\[[\d;]*m/g, '');

/** Polls until `condition` holds, for up to six seconds. */
async function poll(condition: () => boolean): Promise<void> {
	for (let attempt = 0; attempt < 200 && !condition(); attempt++) {
		await tick();
	}
}

/**
Polls the last frame until it satisfies `condition`. It first lets a turn of the event loop pass: Ink
draws a key's frame at once but swaps its input handlers a moment later, and a real terminal never
delivers two keys in between.
*/
async function until(app: ReturnType<typeof render>, condition: (frame: string) => boolean): Promise<void> {
	await tick();
	for (let attempt = 0; attempt < 200 && !condition(plain(app.lastFrame())); attempt++) {
		await tick();
	}

	expect(plain(app.lastFrame()).split('\n').at(-1), 'the last row').toSatisfy(() => condition(plain(app.lastFrame())));
	await tick();
}

afterEach(() => {
	for (const frame of frames.splice(0)) {
		frame.unmount();
	}
});

describe('App', () => {
	test('draws the list and the selected article', () => {
		const {app} = mount();
		const frame = plain(app.lastFrame());
		expect(frame).toContain('> 07-20 12:00 法广 香港新闻');
		expect(frame).toContain('导语0：香港新闻。');
		expect(frame).toMatch(/ 1\/3 /);
	});

	test('j selects the next article and the reader follows', async () => {
		const {app} = mount();
		app.stdin.write('j');
		await until(app, frame => frame.includes('> 07-19 12:00 法广 北京新闻'));
		expect(plain(app.lastFrame())).toContain('导语1：北京新闻。');
	});

	test('/ opens the search line; typing filters the list', async () => {
		const {app, model} = mount();
		await model.prepare();
		// Keys typed straight after / are not lost, however fast they come.
		app.stdin.write('/');
		app.stdin.write('上');
		app.stdin.write('海');
		await until(app, frame => frame.includes('/上海'));
		const frame = plain(app.lastFrame());
		expect(frame).toContain('1 found');
		expect(frame).not.toContain('北京新闻');
	});

	test('q quits; P prints the selected article; Enter prints it when piped', async () => {
		const quit = mount();
		await until(quit.app, frame => frame.includes('香港新闻'));
		quit.app.stdin.write('q');
		await poll(() => quit.exits.length > 0);
		expect(quit.exits).toEqual([{type: 'quit'}]);

		const print = mount();
		await until(print.app, frame => frame.includes('香港新闻'));
		print.app.stdin.write('j');
		await until(print.app, frame => frame.includes('> 07-19'));
		print.app.stdin.write('P');
		await poll(() => print.exits.length > 0);
		expect(print.exits).toEqual([{type: 'print', article: articles[1], script: 'original'}]);

		const piped = mount({piped: true});
		await until(piped.app, frame => frame.includes('香港新闻'));
		piped.app.stdin.write('\r');
		await poll(() => piped.exits.length > 0);
		expect(piped.exits).toEqual([{type: 'print', article: articles[0], script: 'original'}]);
	});

	test('Esc and a key that arrive in one read are two keys: the search closes, then j moves', async () => {
		const {app, model} = mount();
		await model.prepare();
		app.stdin.write('/');
		app.stdin.write('上');
		await until(app, frame => frame.includes('1 found'));
		app.stdin.write('\u001Bj');
		await until(app, frame => frame.includes('> 07-19 12:00 法广 北京新闻'));
		expect(plain(app.lastFrame()).split('\n').at(-1)).toMatch(/^ 2\/3 /);
	});

	test('y copies the URL with OSC 52 and says so', async () => {
		const {app} = mount();
		app.stdin.write('y');
		await until(app, frame => frame.includes('URL copied'));
		expect(app.frames.join('')).toContain(`\u001B]52;c;${Buffer.from('https://example.com/0').toString('base64')}\u0007`);
	});
});
