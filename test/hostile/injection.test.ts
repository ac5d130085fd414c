/**
Terminal injection: headlines, bodies, URLs, attributes and file names full of escape sequences,
C1 controls, bidi overrides, BEL, backspace and NUL. None of it may reach a terminal, from any
command, on stdout or stderr, nor from the reader's screen.
*/
import fs from 'node:fs';
import {afterAll, afterEach, beforeAll, describe, expect, test} from 'vitest';
import {disposeAllTerminals, keys, startTerminal} from '../helpers/terminal.js';
import {article, injection, leaks, runCli, temporaryFolder, writeFile} from './hostile-fixture.js';

const escape = '\u001B';
let folder: string;

beforeAll(() => {
	folder = temporaryFolder('inject');
	const body = [
		`<p><strong>Lead ${injection} lead</strong></p>`,
		`<p>Body ${injection} text &#27;[2J &#x9b;31m &#x202E; &#0; &#7; &#8;</p>`,
		`<p><a href="javascript:${injection}">link ${injection}</a> <a href="/rel${injection}">rel</a></p>`,
		`<img alt="alt ${injection}" src="/i${injection}.png"><figure><figcaption>cap ${injection}</figcaption></figure>`,
		`<h2>Heading ${injection}</h2><blockquote>quote ${injection}</blockquote><ul><li>item ${injection}</li></ul>`,
		`<iframe src="https://v.example/${injection}"></iframe>`,
	].join('');
	writeFile(folder, `a${escape}]0;T\u0007\u202E\u009B1m.md`, article(1_595_000_000_000, `Head ${injection} line - Sec${injection}tion`, `https://x.org/${injection}`, body));
	writeFile(folder, `src${escape}[31m\u202E/b.md`, article(1_594_000_000_000, 'Other', 'https://x.org/2', '<p>Body ok</p>'));
	writeFile(folder, `nohead${escape}]52;c;eA==\u0007.md`, `<p>Body only ${injection}</p>`);
	// Neither header nor text: the headline comes from the file name itself.
	writeFile(folder, `name${escape}]0;N\u0007\u202E\u0008.md`, '<p></p>');
	writeFile(folder, 'front.md', `---\ntitle: "T ${injection}"\nauthor: A ${injection}\nfrom: https://x.org/${injection}\n---\n<p>Body front</p>\n`);
	// A NUL makes a file binary: passed over, its name quoted.
	writeFile(folder, `nul${escape}[2J.md`, article(1, 'x', 'https://x.org/n', '<p>\u0000</p>'));
});

afterAll(() => {
	fs.rmSync(folder, {recursive: true, force: true});
});

afterEach(async () => {
	await disposeAllTerminals();
});

describe('nothing injected reaches stdout or stderr', () => {
	test.each([
		['list'],
		['list', '--verbose'],
		['print'],
		['print', '--width', '20'],
		['print', '--format', 'markdown'],
		['print', '--verbose', '--format', 'markdown'],
		['search', 'Body'],
		['search', '--verbose', 'Body'],
		['check'],
	])('%s', async (...args: string[]) => {
		const {stdout, stderr} = await runCli([...args.filter(Boolean), folder]);
		expect(stdout).toMatch(/Body|Other|Head|corpus-hostile/);
		expect(leaks(stdout)).toEqual([]);
		expect(leaks(stderr)).toEqual([]);
		// Not even a lone ESC: every escape sequence the text held is gone whole.
		expect(stdout.replaceAll('\u001B[1m', '').replaceAll('\u001B[22m', '')).not.toContain(escape);
		expect(stderr).not.toContain(escape);
	});

	test('check and --verbose quote each file name with its controls escaped', async () => {
		const check = await runCli(['check', folder]);
		expect(check.code).toBe(1);
		expect(check.stdout).toContain(String.raw`nul\u001b[2J.md"	not an article (binary)`);
		expect(check.stdout).toContain(String.raw`nohead\u001b]52;c;eA==\u0007.md"	no header`);
		const verbose = await runCli(['list', '--verbose', folder]);
		expect(verbose.stderr).toContain(String.raw`ignored: "${folder}/nul\u001b[2J.md": not an article (binary)`);
	});

	test('the text of every field survives without its controls', async () => {
		const {stdout} = await runCli(['print', '--format', 'markdown', folder]);
		expect(stdout).toContain('Head');
		expect(stdout).toMatch(/Body \S*\s*text/);
		expect(stdout).toContain('Lead');
		expect(stdout).toContain('Heading');
		expect(stdout).toContain('item');
	});
});

describe('JSON output escapes what it does not drop', () => {
	// JSON.stringify escapes C0 controls but passes C1 and bidi controls through raw, and file names
	// (ids, paths) are not sanitised: every JSON line goes through escapeJsonControls.
	test.each([
		['list', '--json'],
		['search', '--json', 'Body'],
		['print', '--format', 'json'],
	])('%s', async (...args: string[]) => {
		const {stdout} = await runCli([...args.filter(Boolean), folder]);
		expect(leaks(stdout)).toEqual([]);
	});

	test.each([
		['list', '--json'],
		['search', '--json', 'Body'],
		['print', '--format', 'json'],
	])('%s: no C0 control raw, every line parses', async (...args: string[]) => {
		const {stdout} = await runCli([...args.filter(Boolean), folder]);
		expect(leaks(stdout, ['bidi override', 'C1 CSI'])).toEqual([]);
		for (const line of stdout.split('\n').filter(Boolean)) {
			expect(() => JSON.parse(line) as unknown).not.toThrow();
		}
	});
});

describe('the reader', () => {
	test('shows the hostile articles without passing any of it to the terminal', async () => {
		const session = startTerminal({args: [folder], cols: 100, rows: 30, env: {TZ: 'UTC', CORPUS_READER_AMBIGUOUS_WIDTH: 'narrow'}});
		await session.waitFor(screen => /\d+\/\d+/.test(screen.at(-1) ?? ''));
		const count = Number(/\d+\/(\d+)/.exec(session.screen().at(-1) ?? '')?.[1]);
		// Every article, in the list and in the reader pane, then search with a hit highlighted.
		for (let index = 1; index < count; index++) {
			session.write('j');
			await session.waitFor(screen => new RegExp(` ${index + 1}/${count}`).test(screen.at(-1) ?? ''));
		}

		session.write(keys.tab);
		session.write('G');
		session.write('/');
		await session.waitFor(screen => (screen.at(-1) ?? '').startsWith('/'));
		session.write('Body');
		await session.waitFor(/Body +[1-9]\d* found/);
		session.write(keys.enter);
		await session.waitFor(screen => /hit 1\//.test(screen.at(-1) ?? ''));
		session.write('q');
		const exit = await session.waitForExit();
		expect(exit.exitCode).toBe(0);
		const output = session.output();
		expect(output).toContain('Head');
		// The reader itself writes no title, no clipboard sequence and no BEL unless asked (`y`); Ink
		// clears the screen itself (ESC[2J), so that one cannot tell; the payloads next to it can.
		expect(leaks(output, ['clear screen'])).toEqual([]);
		expect(output).not.toContain('PWNED');
		expect(output).not.toContain('C1-TITLE');
		expect(session.isAlternateScreen()).toBe(false);
	});
});
