import fs from 'node:fs';
import process from 'node:process';
import {setTimeout as delay} from 'node:timers/promises';
import {spawn, type IPty} from '@lydell/node-pty';
import {createHeadlessTerminal, flushed, visibleRows, type HeadlessTerminal} from './headless-screen.js';
import {trackCursorVisibility} from './cursor-visibility.js';
import {cliPath, repoRoot} from './repo-paths.js';
import {describeCondition, dumpScreen, toScreenTest, type WaitCondition} from './wait-condition.js';

export {keys, type KeyName} from './keys.js';
export type {WaitCondition} from './wait-condition.js';

/** How {@link startTerminal} runs a program. */
export type TerminalOptions = {
	/** Arguments after the command, e.g. corpus paths. */
	args?: readonly string[];
	/** Program and leading arguments; default `[node, dist/cli.js]`. */
	command?: readonly [string, ...string[]];
	/** Terminal size; default 100×30. */
	cols?: number;
	rows?: number;
	/** Extra environment, merged last (a value of undefined removes a variable). */
	env?: Record<string, string | undefined>;
	/** Working directory; default the repository root. */
	cwd?: string;
	/** Sets FORCE_COLOR: a level 0–3 (0 turns colour off), or true for 1. Default: left unset. */
	forceColor?: boolean | 0 | 1 | 2 | 3;
	/** Treat East Asian Ambiguous characters as two cells wide, in the screen model and width checks. */
	ambiguousWide?: boolean;
	/** Runs once the child is gone and the screen disposed, e.g. to remove temporary files. */
	onDispose?: () => void;
};

/** How a program ended: `signal` is the signal number when a signal ended it. */
export type TerminalExit = {exitCode: number; signal: number | undefined};

/** A program running in a pseudo-terminal, with the screen a terminal would show for it. */
export type TerminalSession = {
	/** The visible rows as text, trailing spaces trimmed, each wide character once. */
	screen(): string[];
	/** The visible rows joined by newlines. */
	screenText(): string;
	/** Sends keys (raw bytes; see `keys`) as if typed. */
	write(keys: string): void;
	/**
	 * Polls the screen every 20 ms until the condition holds outside a synchronized update (half a
	 * frame never counts); on timeout or early exit, kills the program and throws with the screen
	 * in the message. Default timeout 10 s.
	 */
	waitFor(condition: WaitCondition, options?: {timeout?: number}): Promise<void>;
	/** Resolves once the program has exited and its last output is on screen; on timeout, kills it and throws. */
	waitForExit(options?: {timeout?: number}): Promise<TerminalExit>;
	/** Resizes the pseudo-terminal (the program gets SIGWINCH) and the screen model. */
	resize(cols: number, rows: number): void;
	/** Sends a signal to the program; default SIGTERM. */
	kill(signal?: NodeJS.Signals): void;
	/** Closes the pseudo-terminal from the master side, as a terminal window that is shut: the program gets a hang-up and failing writes. */
	closeMaster(): void;
	/** Everything the program wrote so far, escape sequences included. */
	output(): string;
	/** Whether the alternate screen (`ESC[?1049h`) is active. */
	isAlternateScreen(): boolean;
	/** Whether the cursor is shown (DECTCEM, `ESC[?25h` / `ESC[?25l`). */
	cursorVisible(): boolean;
	/** The exit once the program has exited, else undefined. */
	exit(): TerminalExit | undefined;
	/** Kills the program if it still runs, waits for it, and frees the screen. Safe to call twice. */
	dispose(): Promise<void>;
	/** Current size. */
	readonly cols: number;
	readonly rows: number;
	/** Whether ambiguous-width characters count as wide in this session. */
	readonly ambiguousWide: boolean;
	/** The headless xterm.js terminal behind the screen, for checks the session does not offer. */
	readonly terminal: HeadlessTerminal;
	/** The child's process id. */
	readonly pid: number;
};

const live = new Set<TerminalSession>();
let exitHookInstalled = false;

const installExitHook = (): void => {
	if (exitHookInstalled) {
		return;
	}

	exitHookInstalled = true;
	// A test runner that dies mid-test must not leave children behind holding the machine.
	process.once('exit', () => {
		for (const session of live) {
			try {
				process.kill(session.pid, 'SIGKILL');
			} catch {
				// Already gone.
			}
		}
	});
};

/** Disposes every session still open; call it in `afterEach`. */
export async function disposeAllTerminals(): Promise<void> {
	await Promise.all([...live].map(async session => session.dispose()));
}

// Variables that would change how the program draws, inherited from whoever runs the tests.
const inheritedRenderingVariables = ['FORCE_COLOR', 'NO_COLOR', 'COLUMNS', 'LINES', 'CI'];

const childEnvironment = (options: TerminalOptions): Record<string, string> => {
	const env: Record<string, string | undefined> = {...process.env};
	for (const name of inheritedRenderingVariables) {
		delete env[name];
	}

	// With CI set (as on CI machines) Ink draws only the last frame, so interactive tests see nothing.
	Object.assign(env, {CI: 'false', TERM: 'xterm-256color'});
	if (options.forceColor !== undefined) {
		env.FORCE_COLOR = options.forceColor === true ? '1' : String(Number(options.forceColor));
	}

	Object.assign(env, options.env);
	return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined));
};

/**
 * Starts a program (by default the built `corpus-reader`) in a pseudo-terminal and keeps a
 * headless xterm.js screen in step with its output.
 *
 * @example
 * ```
 * const session = startTerminal({args: [corpusPath]});
 * await session.waitFor(/\d+\/\d+/);
 * session.write(keys.down);
 * ```
 */
export function startTerminal(options: TerminalOptions = {}): TerminalSession {
	installExitHook();
	const {cols = 100, rows = 30, ambiguousWide = false} = options;
	const [file, ...leading] = options.command ?? [process.execPath, cliPath];
	const terminal = createHeadlessTerminal({cols, rows, ambiguousWide});
	const cursorVisible = trackCursorVisibility(terminal);
	const chunks: string[] = [];
	const pty: IPty = spawn(file, [...leading, ...(options.args ?? [])], {
		name: 'xterm-256color',
		cols,
		rows,
		cwd: options.cwd ?? repoRoot,
		env: childEnvironment(options),
	});
	// The terminal side held open here as well: when the program's last descriptor of it closes, the
	// master's read fails with EIO and node-pty ends the stream, dropping output not read yet (seen under
	// load: the last frame and the screen's restore cut off; microsoft/node-pty#72). Held open, there is no
	// EIO: node-pty reports the exit 200 ms after it and closes the stream then, the output read meanwhile.
	const heldTerminal = fs.openSync((pty as IPty & {ptsName: string}).ptsName, fs.constants.O_RDWR | fs.constants.O_NOCTTY);
	let ended: TerminalExit | undefined;
	let disposed = false;
	const exited = new Promise<TerminalExit>(resolve => {
		pty.onExit(({exitCode, signal}) => {
			fs.closeSync(heldTerminal);
			ended = {exitCode, signal: signal === 0 ? undefined : signal};
			resolve(ended);
		});
	});
	const dataListener = pty.onData(data => {
		chunks.push(data);
		terminal.write(data);
	});
	// The terminal's replies (a cursor position report) go back to the program, as a real terminal's do.
	const replyListener = terminal.onData(reply => {
		if (!ended) {
			pty.write(reply);
		}
	});

	const screen = (): string[] => visibleRows(terminal);
	const describeState = (): string =>
		`screen ${terminal.cols}×${terminal.rows}${terminal.buffer.active.type === 'alternate' ? ' (alternate)' : ''}, cursor ${cursorVisible() ? 'shown' : 'hidden'}${terminal.modes.synchronizedOutputMode ? ', inside a synchronized update' : ''}${ended ? `, exited with code ${ended.exitCode}${ended.signal ? ` by signal ${ended.signal}` : ''}` : ''}:\n${dumpScreen(screen())}`;
	const killHard = (): void => {
		if (!ended) {
			try {
				pty.kill('SIGKILL');
			} catch {
				// It exited between the check and the kill.
			}
		}
	};

	const session: TerminalSession = {
		screen,
		screenText: () => screen().join('\n'),
		write(keys) {
			pty.write(keys);
		},
		async waitFor(condition, {timeout = 10_000} = {}) {
			const test = toScreenTest(condition);
			const deadline = Date.now() + timeout;
			// Inside a synchronized update (`ESC[?2026h`, which Ink 6.8 wraps each frame in) the
			// screen holds half a frame, which a real terminal would not show yet.
			const holds = (): boolean => !terminal.modes.synchronizedOutputMode && test(screen());
			for (;;) {
				if (holds()) {
					return;
				}

				if (ended) {
					// The last output may still be waiting to be parsed.
					await flushed(terminal);
					if (holds()) {
						return;
					}

					throw new Error(`waitFor(${describeCondition(condition)}): the program exited first; ${describeState()}`);
				}

				if (Date.now() >= deadline) {
					const state = describeState();
					killHard();
					throw new Error(`waitFor(${describeCondition(condition)}) timed out after ${timeout} ms; ${state}`);
				}

				await delay(20);
			}
		},
		async waitForExit({timeout = 10_000} = {}) {
			let timer: NodeJS.Timeout | undefined;
			const timedOut = new Promise<'timeout'>(resolve => {
				timer = setTimeout(resolve, timeout, 'timeout');
			});
			const result = await Promise.race([exited, timedOut]);
			clearTimeout(timer);
			if (result === 'timeout') {
				const state = describeState();
				killHard();
				throw new Error(`waitForExit() timed out after ${timeout} ms; ${state}`);
			}

			await flushed(terminal);
			return result;
		},
		resize(newCols, newRows) {
			terminal.resize(newCols, newRows);
			if (!ended) {
				pty.resize(newCols, newRows);
			}
		},
		closeMaster() {
			// UnixTerminal's destroy (not in IPty's type): closes the master, then sends SIGHUP.
			(pty as IPty & {destroy: () => void}).destroy();
		},
		kill(signal = 'SIGTERM') {
			if (!ended) {
				pty.kill(signal);
			}
		},
		output: () => chunks.join(''),
		isAlternateScreen: () => terminal.buffer.active.type === 'alternate',
		cursorVisible,
		exit: () => ended,
		async dispose() {
			if (disposed) {
				return;
			}

			disposed = true;
			killHard();
			// SIGKILL cannot be ignored; the cap only guards against a pty that never reports.
			await Promise.race([exited, delay(5000)]);
			dataListener.dispose();
			replyListener.dispose();
			terminal.dispose();
			live.delete(session);
			options.onDispose?.();
		},
		get cols() {
			return terminal.cols;
		},
		get rows() {
			return terminal.rows;
		},
		ambiguousWide,
		terminal,
		pid: pty.pid,
	};
	live.add(session);
	return session;
}
