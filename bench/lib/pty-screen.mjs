import process from 'node:process';
import {performance} from 'node:perf_hooks';
import {spawn} from '@lydell/node-pty';
import xterm from '@xterm/headless';
import {Unicode11Addon} from '@xterm/addon-unicode11';

// @xterm/headless is CommonJS with no named exports Node can see.
const {Terminal} = xterm;

/**
 * A program in a pseudo-terminal whose output is parsed into a headless xterm.js screen, with
 * timing hooks for benchmarks. Unlike the test harness (test/helpers/terminal.ts), it reacts to
 * each parsed chunk instead of polling, so timings are not rounded to a polling interval.
 *
 * @param {{command: string[], args?: string[], cols?: number, rows?: number, env?: Record<string, string>, cwd?: string}} options
 */
export function startScreen({command, args = [], cols = 120, rows = 40, env = {}, cwd = process.cwd()}) {
	const [file, ...leading] = command;
	const terminal = new Terminal({cols, rows, allowProposedApi: true, scrollback: 0});
	terminal.loadAddon(new Unicode11Addon());
	terminal.unicode.activeVersion = '11';
	const childEnv = {...process.env, TERM: 'xterm-256color', ...env, CI: 'false'};
	delete childEnv.COLUMNS;
	delete childEnv.LINES;
	const startedAt = performance.now();
	const pty = spawn(file, [...leading, ...args], {name: 'xterm-256color', cols, rows, cwd, env: childEnv});
	/** @type {Set<(time: number) => void>} */
	const parsedListeners = new Set();
	let exit;
	const exited = new Promise(resolve => {
		pty.onExit(result => {
			exit = result;
			resolve(result);
		});
	});
	// The terminal's own replies (a cursor position report, say) go back to the program, as a real
	// terminal's do: the reader asks one at start-up and would otherwise wait for it in vain.
	terminal.onData(reply => {
		pty.write(reply);
	});
	pty.onData(data => {
		terminal.write(data, () => {
			const time = performance.now();
			for (const listener of parsedListeners) {
				listener(time);
			}
		});
	});

	const screen = () => {
		const buffer = terminal.buffer.active;
		return Array.from({length: terminal.rows}, (_, y) => (buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? '').replace(/ +$/, ''));
	};

	const screenText = () => screen().join('\n');

	// What a frame changes: the text, and the colours and inverse video it is drawn in (a program that shows
	// the selection by colour alone, as newsboat does, changes no character when the selection moves).
	const cell = terminal.buffer.active.getNullCell();
	const screenState = () => {
		const buffer = terminal.buffer.active;
		const looks = [];
		for (let y = 0; y < terminal.rows; y++) {
			const line = buffer.getLine(buffer.viewportY + y);
			for (let x = 0; line && x < terminal.cols; x++) {
				line.getCell(x, cell);
				looks.push(cell.getFgColor(), cell.getBgColor(), cell.isInverse());
			}
		}

		return `${screenText()}\n${looks.join(',')}`;
	};

	/**
	 * Resolves with the time the predicate first held after a parsed chunk, or rejects on timeout
	 * or exit.
	 *
	 * @param {(screen: string[]) => boolean} predicate
	 * @param {number} timeoutMs
	 * @returns {Promise<number>}
	 */
	const waitUntil = (predicate, timeoutMs) => new Promise((resolve, reject) => {
		const done = (settle, value) => {
			clearTimeout(timer);
			parsedListeners.delete(check);
			settle(value);
		};

		const check = time => {
			if (predicate(screen())) {
				done(resolve, time);
			}
		};

		const timer = setTimeout(() => done(reject, new Error(`not ready after ${timeoutMs} ms`)), timeoutMs);
		parsedListeners.add(check);
		exited.then(() => done(reject, new Error(`the program exited with code ${exit?.exitCode}`)));
		check(performance.now());
	});

	/**
	 * Sends keys and measures the time until the screen shows a new frame, i.e. the screen (its text,
	 * or its colours) has changed and the frame is complete. Complete means: the synchronized update the frame
	 * came in (`ESC[?2026h` … `ESC[?2026l`, as Ink 6.8 writes them) has ended; or, for a program
	 * without synchronized updates, no more output was parsed for `quietMs` (a frame can arrive
	 * in several chunks). The time is that of the last chunk parsed, never of the quiet check,
	 * so `quietMs` does not add to the figure.
	 *
	 * @param {string} keys
	 * @param {{quietMs?: number, timeoutMs?: number}} [options]
	 * @returns {Promise<{ms: number, changed: boolean}>}
	 */
	const frameAfter = (keys, {quietMs = 15, timeoutMs = 2000} = {}) => new Promise(resolve => {
		const before = screenState();
		let lastParsed;
		let quietTimer;
		let synchronized = false;
		const finish = changed => {
			clearTimeout(deadline);
			clearTimeout(quietTimer);
			parsedListeners.delete(onParsed);
			resolve({ms: (lastParsed ?? performance.now()) - sentAt, changed});
		};

		const onParsed = time => {
			lastParsed = time;
			clearTimeout(quietTimer);
			if (terminal.modes.synchronizedOutputMode) {
				synchronized = true;
				return;
			}

			if (synchronized && screenState() !== before) {
				finish(true);
				return;
			}

			quietTimer = setTimeout(() => {
				if (screenState() !== before) {
					finish(true);
				}
			}, quietMs);
		};

		const deadline = setTimeout(() => finish(false), timeoutMs);
		parsedListeners.add(onParsed);
		const sentAt = performance.now();
		pty.write(keys);
	});

	/**
	 * Sends keys and measures the time until the screen stops changing: the last change of the
	 * screen text before `settleMs` pass without one. This catches work that lands after the first
	 * frame, e.g. a filter that echoes the query at once and shows the matches later.
	 *
	 * @param {string} keys
	 * @param {{settleMs?: number, timeoutMs?: number}} [options]
	 * @returns {Promise<{ms: number, firstMs: number | undefined, frames: number}>} ms: to the last
	 *   change; firstMs: to the first change (undefined if none); frames: how many changes
	 */
	const settledAfter = (keys, {settleMs = 300, timeoutMs = 10_000} = {}) => new Promise(resolve => {
		let previous = screenState();
		let firstChange;
		let lastChange;
		let frames = 0;
		let settleTimer;
		const finish = () => {
			clearTimeout(deadline);
			clearTimeout(settleTimer);
			parsedListeners.delete(onParsed);
			resolve({ms: (lastChange ?? sentAt) - sentAt, firstMs: firstChange === undefined ? undefined : firstChange - sentAt, frames});
		};

		const armSettle = () => {
			clearTimeout(settleTimer);
			settleTimer = setTimeout(finish, settleMs);
		};

		const onParsed = time => {
			const now = screenState();
			if (now !== previous && !terminal.modes.synchronizedOutputMode) {
				previous = now;
				firstChange ??= time;
				lastChange = time;
				frames++;
				armSettle();
			}
		};

		const deadline = setTimeout(finish, timeoutMs);
		parsedListeners.add(onParsed);
		const sentAt = performance.now();
		armSettle();
		pty.write(keys);
	});

	/** Asks the program to quit with `quitKeys`, then kills it if it has not exited within `graceMs`. */
	const stop = async (quitKeys = 'q', graceMs = 3000) => {
		if (!exit) {
			pty.write(quitKeys);
			const timer = setTimeout(() => {
				if (!exit) {
					pty.kill('SIGKILL');
				}
			}, graceMs);
			await exited;
			clearTimeout(timer);
		}

		terminal.dispose();
	};

	return {startedAt, screen, screenText, waitUntil, frameAfter, settledAfter, stop, exited, write: keys => pty.write(keys), kill: () => pty.kill('SIGKILL'), pid: pty.pid};
}
