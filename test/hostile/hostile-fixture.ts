import {execFile} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {cliPath, repoRoot} from '../helpers/repo-paths.js';

/** A new empty folder under the system's temporary folder. */
export function temporaryFolder(prefix: string): string {
	return fs.mkdtempSync(path.join(os.tmpdir(), `corpus-hostile-${prefix}-`));
}

/** Writes `content` at `relative` under `root`, making folders on the way. */
export function writeFile(root: string, relative: string, content: string | Uint8Array): string {
	const full = path.join(root, relative);
	fs.mkdirSync(path.dirname(full), {recursive: true});
	fs.writeFileSync(full, content);
	return full;
}

/** A canonical article file: timestamp, link header, rule, HTML body. */
export const article = (ms: number | null, headline: string, url: string, body: string): string =>
	`${ms === null ? '' : `<!--${ms}-->\n`}[${headline}](${url})\n------\n\n${body}\n`;

const escape = '\u001B';
/** Everything a hostile feed might use to act on a terminal, in one string. */
export const injection = [
	`${escape}[2J`, `${escape}[5A`, `${escape}]0;PWNED-TITLE\u0007`, `${escape}]52;c;UFdORUQ=\u0007`,
	'\u009B31m', '\u009D0;C1-TITLE\u009C', '\u202E', '\u0007', '\u0008', `${escape}c`,
].join('');

/**
The raw pieces of `injection` that must never reach a terminal, by name, for readable failures.
BEL and the C1 characters are listed on their own: once ESC is gone, they are what is left to act.
*/
export const forbidden: Readonly<Record<string, string>> = {
	'clear screen': `${escape}[2J`,
	'cursor up': `${escape}[5A`,
	'set title': `${escape}]0;`,
	'clipboard write': `${escape}]52;`,
	'C1 CSI': '\u009B',
	'C1 OSC': '\u009D',
	'C1 ST': '\u009C',
	'bidi override': '\u202E',
	BEL: '\u0007',
	backspace: '\u0008',
	NUL: '\u0000',
	'terminal reset': `${escape}c`,
};

/** The names of the forbidden sequences found in `text`. */
export function leaks(text: string, allowed: readonly string[] = []): string[] {
	return Object.entries(forbidden)
		.filter(([name, sequence]) => !allowed.includes(name) && text.includes(sequence))
		.map(([name]) => name);
}

/** Whether `text` holds any raw C0 control but tab and newline, or any ESC at all. */
export const hasRawControl = (text: string): boolean => /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/.test(text);

export type CliResult = {readonly stdout: string; readonly stderr: string; readonly code: number};

/** Runs the built `corpus-reader` with `args` (no terminal); resolves whatever the exit code. */
export async function runCli(args: readonly string[], options: {readonly timeout?: number} = {}): Promise<CliResult> {
	return new Promise(resolve => {
		execFile(process.execPath, [cliPath, ...args], {
			cwd: repoRoot,
			env: {...process.env, TZ: 'UTC', CORPUS_READER_AMBIGUOUS_WIDTH: 'narrow'},
			maxBuffer: 256 * 1024 * 1024,
			timeout: options.timeout ?? 60_000,
		}, (error, stdout, stderr) => {
			const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
			resolve({stdout, stderr, code});
		});
	});
}
