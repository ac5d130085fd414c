import process from 'node:process';
import {afterEach, describe, expect, test} from 'vitest';
import {disposeAllTerminals, keys, startTerminal, type TerminalOptions} from './terminal.js';
import {fakeAppPath} from './repo-paths.js';
import {waitUntil} from '../store/store-fixture.js';

const fakeApp = (options: TerminalOptions = {}) => startTerminal({command: [process.execPath, fakeAppPath], ...options});
const status = (screen: string[]) => screen.at(-1) ?? '';

afterEach(async () => {
	await disposeAllTerminals();
});

describe('startTerminal', () => {
	test('shows a full-screen program on the alternate screen and restores the terminal on exit', async () => {
		const session = fakeApp();
		await session.waitFor('1/40');
		expect(session.isAlternateScreen()).toBe(true);
		expect(session.cursorVisible()).toBe(false);
		expect(session.output()).toContain('\u001B[?1049h');
		session.write('q');
		expect(await session.waitForExit()).toEqual({exitCode: 0, signal: undefined});
		expect(session.isAlternateScreen()).toBe(false);
		expect(session.cursorVisible()).toBe(true);
	});

	test('reads wide characters once per character, not once per cell', async () => {
		const session = fakeApp();
		await session.waitFor('1/40');
		expect(session.screen()[0]).toBe('假新闻阅读器 fake reader');
		expect(session.screen()[1]).toBe('> 香港国安法第0条评论');
		expect(session.screen()).toHaveLength(30);
	});

	test('sends keys as typed', async () => {
		const session = fakeApp();
		await session.waitFor('1/40');
		session.write(keys.down);
		await session.waitFor('2/40');
		session.write('jj' + keys.up);
		await session.waitFor(screen => status(screen).startsWith('3/40'));
		session.write(keys.tab);
		await session.waitFor('pane:reader');
		session.write('/香港');
		await session.waitFor(/^1\/14 .*\/香港$/m);
		expect(session.screen()[1]).toBe('> 香港国安法第0条评论');
	});

	test('resizes the terminal and the screen together', async () => {
		const session = fakeApp({cols: 80, rows: 24});
		await session.waitFor('80x24');
		session.resize(50, 12);
		await session.waitFor('50x12');
		expect([session.cols, session.rows]).toEqual([50, 12]);
		expect(session.screen()).toHaveLength(12);
		expect(session.screen()[5]).toBe('──────────────────────────────────────────────────');
	});

	test('a timed-out waitFor names the condition, shows the screen and kills the program', async () => {
		const session = fakeApp();
		await session.waitFor('1/40');
		const failure = await session.waitFor('never shown', {timeout: 200}).catch((error: unknown) => error);
		expect(failure).toBeInstanceOf(Error);
		const {message} = failure as Error;
		expect(message).toMatch(/^waitFor\("never shown"\) timed out after 200 ms; screen 100×30 \(alternate\), cursor hidden:/);
		expect(message).toContain(' 2 │> 香港国安法第0条评论');
		expect(message).toContain('30 │1/40  100x30  pane:list');
		expect(await session.waitForExit()).toEqual({exitCode: 0, signal: 9});
	});

	test('waitFor fails at once when the program exits without showing the condition', async () => {
		const session = startTerminal({command: [process.execPath, '-e', 'console.log("bye")']});
		await expect(session.waitFor('never shown')).rejects.toThrow(/the program exited first; screen 100×30, cursor shown, exited with code 0:\n 1 │bye\n/);
	});

	test('waitFor ignores a frame until its synchronized update ends', async () => {
		const script = 'process.stdout.write("\\u001B[?2026hhalf a frame"); setTimeout(() => {}, 60_000)';
		const session = startTerminal({command: [process.execPath, '-e', script]});
		// Once the half frame is written (Node takes its time to start on a busy machine), the wait must still not see it.
		await waitUntil(() => session.output().includes('half a frame'));
		await expect(session.waitFor('half a frame', {timeout: 300})).rejects.toThrow(/timed out after 300 ms; screen 100×30, cursor shown, inside a synchronized update:\n 1 │half a frame\n/);
	});

	test('a timed-out waitForExit kills the program', async () => {
		const session = fakeApp();
		await session.waitFor('1/40');
		await expect(session.waitForExit({timeout: 100})).rejects.toThrow(/^waitForExit\(\) timed out after 100 ms; screen 100×30 \(alternate\)/);
		expect(session.exit()).toBeUndefined();
		await session.dispose();
		expect(session.exit()).toEqual({exitCode: 0, signal: 9});
	});

	test('kill sends a signal', async () => {
		const session = fakeApp();
		await session.waitFor('1/40');
		session.kill('SIGTERM');
		expect((await session.waitForExit()).signal).toBe(15);
	});

	test('gives the program CI=false, an xterm TERM and the chosen colour level', async () => {
		const script = 'console.log([process.env.CI, process.env.TERM, process.env.FORCE_COLOR, process.env.EXTRA, process.stdout.isTTY].join(","))';
		const session = startTerminal({command: [process.execPath, '-e', script], forceColor: 0, env: {EXTRA: 'yes'}});
		await session.waitForExit();
		expect(session.screen()[0]).toBe('false,xterm-256color,0,yes,true');
	});
});
