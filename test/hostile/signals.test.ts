/**
Signals and crashes: SIGTERM, SIGHUP, SIGINT, a crash while rendering and one while handling a key
each leave the terminal as it was: normal screen, cursor shown, and the line discipline back in
cooked mode with echo (checked by `stty -a` in the same pseudo-terminal, after the program).
*/
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {afterAll, afterEach, beforeAll, describe, expect, test} from 'vitest';
import {cliPath, crashHook} from '../helpers/repo-paths.js';
import {disposeAllTerminals, keys, startTerminal, type TerminalSession} from '../helpers/terminal.js';
import {makeCorpus} from '../ui/corpus-fixture.js';
import {waitUntil} from '../store/store-fixture.js';

let corpus: string;

beforeAll(() => {
	corpus = makeCorpus(5);
});

afterAll(() => {
	fs.rmSync(corpus, {recursive: true, force: true});
});

afterEach(async () => {
	await disposeAllTerminals();
});

// The program, then its exit status and the terminal's settings, in the same pseudo-terminal.
const script = '"$@"; echo "EXIT=$?"; stty -a';

/** Starts the reader under a shell that reports on the terminal once the reader is gone. */
async function startReader(env: Record<string, string> = {}): Promise<{session: TerminalSession; readerPid: () => number}> {
	const session = startTerminal({
		command: ['/bin/sh', '-c', script, 'sh', process.execPath, cliPath],
		args: [corpus],
		env: {TZ: 'UTC', CORPUS_READER_AMBIGUOUS_WIDTH: 'narrow', ...env},
	});
	await session.waitFor(screen => /\d+\/\d+/.test(screen.at(-1) ?? ''));
	// The reader is the shell's only child.
	const readerPid = (): number => Number(fs.readFileSync(`/proc/${session.pid}/task/${session.pid}/children`, 'utf8').trim().split(' ')[0]);
	return {session, readerPid};
}

async function expectRestored(session: TerminalSession, exitCode: number): Promise<void> {
	await session.waitForExit();
	const output = session.output();
	expect(output).toContain(`EXIT=${exitCode}`);
	const settings = output.slice(output.lastIndexOf('EXIT='));
	expect(settings).toMatch(/(^|\s)echo(\s|$)/m);
	expect(settings).toMatch(/(^|\s)icanon(\s|$)/m);
	expect(settings).not.toMatch(/(^|\s)-(echo|icanon)(\s|$)/m);
	expect(session.isAlternateScreen()).toBe(false);
	expect(session.cursorVisible()).toBe(true);
	// Nothing of the reader's frame drawn on the restored screen (Ink draws a last frame as it unmounts).
	expect(session.screenText()).not.toContain('q quit');
}

describe.skipIf(process.platform !== 'linux')('the terminal is restored', () => {
	test.each([
		['SIGTERM', 143],
		['SIGHUP', 129],
		['SIGINT', 130],
		['SIGQUIT', 131],
	] as const)('on %s', async (signal, code) => {
		const {session, readerPid} = await startReader();
		process.kill(readerPid(), signal);
		await expectRestored(session, code);
	});

	test('a terminal closed under it (the window shut) ends it as a hang-up: status 129, no crash', async () => {
		// The reader runs under a small Node wrapper that outlives the hang-up and records how it ended.
		// Before the fix Node 20 crashed (SIGSEGV or SIGABRT) in its exit-time reset of a terminal that was gone.
		const status = path.join(corpus, '..', `hup-status-${process.pid}-${Date.now()}.json`);
		const wrapper = `const {spawn} = require('node:child_process'); process.on('SIGHUP', () => {});
			const child = spawn(process.argv[1], process.argv.slice(2), {stdio: 'inherit'});
			child.on('exit', (code, signal) => {
				// Written whole, then renamed: the test waits for the file and must never read it half-written.
				require('node:fs').writeFileSync(${JSON.stringify(status + '.part')}, JSON.stringify({code, signal}));
				require('node:fs').renameSync(${JSON.stringify(status + '.part')}, ${JSON.stringify(status)});
			});`;
		try {
			for (let run = 0; run < 3; run++) {
				fs.rmSync(status, {force: true});
				const session = startTerminal({command: [process.execPath, '-e', wrapper, process.execPath, cliPath], args: [corpus], env: {TZ: 'UTC', CORPUS_READER_AMBIGUOUS_WIDTH: 'narrow'}});
				await session.waitFor(screen => /\d+\/\d+/.test(screen.at(-1) ?? ''));
				session.write('j');
				session.closeMaster();
				await waitUntil(() => fs.existsSync(status));
				expect(JSON.parse(fs.readFileSync(status, 'utf8'))).toEqual({code: null, signal: 'SIGHUP'});
			}
		} finally {
			fs.rmSync(status, {force: true});
		}
	});

	test('on q, as a reference', async () => {
		const {session} = await startReader();
		session.write('q');
		await expectRestored(session, 0);
	});

	test('on a crash while rendering', async () => {
		const {session} = await startReader({...crashHook('render')});
		session.write(keys.tab);
		await expectRestored(session, 1);
		expect(session.screenText()).toContain('internal error: test crash while rendering');
	});

	test('on an uncaught exception while handling a key', async () => {
		const {session} = await startReader({...crashHook('input')});
		session.write('x');
		await expectRestored(session, 1);
		expect(session.output()).toContain('test crash while handling a key');
	});
});
