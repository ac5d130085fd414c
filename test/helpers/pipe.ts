import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import {cliPath} from './repo-paths.js';
import {startTerminal, type TerminalOptions, type TerminalSession} from './terminal.js';

/** A {@link TerminalSession} whose standard output goes to a file instead of the terminal. */
export type PipeSession = TerminalSession & {
	/** The file the program's standard output is redirected to. */
	readonly outputFile: string;
	/** What the program has written to standard output so far. */
	readOutput(): string;
};

// `$1` is the output file; the rest is the command. `exec` makes the program the pty's child
// itself, so signals and the exit code reach it and come from it, not from a shell.
const redirect = 'out=$1; shift; exec "$@" > "$out"';

/**
 * Starts a program as `corpus-reader … > FILE` would run in a shell: its controlling terminal is
 * the pseudo-terminal, its standard output is not a terminal. The program must draw on /dev/tty
 * and write its result (e.g. the chosen article) to standard output, which the test reads with
 * `readOutput()`. The file is removed on dispose.
 *
 * @example
 * ```
 * const session = startPipe({args: [corpusPath]});
 * await session.waitFor(/\d+\/\d+/);
 * session.write(keys.enter);
 * await session.waitForExit();
 * expect(session.readOutput()).toContain('标题');
 * ```
 */
export function startPipe(options: Omit<TerminalOptions, 'onDispose'> = {}): PipeSession {
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-reader-pipe-'));
	const outputFile = path.join(folder, 'stdout');
	const command = options.command ?? [process.execPath, cliPath];
	const session = startTerminal({
		...options,
		command: ['/bin/sh', '-c', redirect, 'sh', outputFile, ...command],
		onDispose() {
			fs.rmSync(folder, {recursive: true, force: true});
		},
	});
	return Object.assign(session, {
		outputFile,
		readOutput: () => (fs.existsSync(outputFile) ? fs.readFileSync(outputFile, 'utf8') : ''),
	});
}
