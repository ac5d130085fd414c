import fs from 'node:fs';
import process from 'node:process';
import {afterEach, describe, expect, test} from 'vitest';
import {startPipe} from './pipe.js';
import {fakeAppPath} from './repo-paths.js';
import {disposeAllTerminals, keys} from './terminal.js';

afterEach(async () => {
	await disposeAllTerminals();
});

describe('startPipe', () => {
	test('lets the program draw on the terminal while its standard output goes to a file', async () => {
		const session = startPipe({command: [process.execPath, fakeAppPath]});
		await session.waitFor('1/40');
		expect(session.isAlternateScreen()).toBe(true);
		session.write('j' + keys.enter);
		expect(await session.waitForExit()).toEqual({exitCode: 0, signal: undefined});
		expect(session.readOutput()).toBe('第1篇：中文标题，宽字符测试\n');
		// Drawing went to the terminal only, and the result to the file only.
		expect(session.output()).not.toContain('第1篇：中文标题，宽字符测试\r\n');
		expect(session.isAlternateScreen()).toBe(false);
	});

	test('runs the program itself, not a shell around it, and removes the file on dispose', async () => {
		const session = startPipe({command: [process.execPath, '-e', 'process.stdout.write(String(process.pid))']});
		await session.waitForExit();
		expect(session.readOutput()).toBe(String(session.pid));
		await session.dispose();
		expect(fs.existsSync(session.outputFile)).toBe(false);
	});
});
