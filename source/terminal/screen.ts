import fs from 'node:fs';
import type {ReadStream, WriteStream} from 'node:tty';

// The alternate screen, the cursor hidden, and bracketed paste: a paste arrives marked, as one edit, never as keys.
const enterAlternateScreen = '\u001B[?1049h\u001B[?25l\u001B[?2004h';
// Paste marks off, the cursor shown, the alternate screen left, and any attribute a crash may have left on reset.
const leaveAlternateScreen = '\u001B[?2004l\u001B[0m\u001B[?25h\u001B[?1049l';

const signalNumbers = {SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGTERM: 15} as const;

/** Errors of a terminal that is gone: closed window, dropped connection. */
const goneCodes = new Set(['EIO', 'EPIPE', 'ENXIO', 'EBADF', 'ENOTTY']);

/** Whether `error` says the terminal is gone. */
export const terminalGone = (error: unknown): boolean => goneCodes.has((error as NodeJS.ErrnoException | undefined)?.code ?? '');

/**
Takes the terminal over for a full-screen program and promises it back exactly as it was (normal
screen, cursor shown, cooked mode) on every way out: a normal return, `q`, Ctrl-C, SIGTERM, SIGHUP,
SIGINT, SIGQUIT and an uncaught exception. A terminal that goes away (its window closed) ends the
program as a hang-up, whichever comes first, the signal or a failed write. A crash is put on stderr
as `report` words it (the command line's own reporter). Before the screen is left, `stopDrawing`
ends the program's drawing: else a renderer that draws its last frame on exit (Ink does) draws it on
the restored screen, over the error line. Returns the restore function; calling it twice is harmless.
*/
export function takeOverScreen(input: ReadStream, output: WriteStream, outputFd: number, report: (error: unknown) => string, stopDrawing: () => void = () => undefined): () => void {
	let restored = false;
	const restore = (): void => {
		if (restored) {
			return;
		}

		restored = true;
		try {
			stopDrawing();
		} catch {
			// A renderer that crashed may crash again on its way out: the screen is restored all the same.
		}

		try {
			if (input.isTTY) {
				input.setRawMode(false);
			}
		} catch {
			// The terminal may already be gone (SIGHUP); there is nothing left to restore then.
		}

		try {
			// Synchronous: this may run from an 'exit' handler, where asynchronous writes are lost.
			fs.writeSync(outputFd, leaveAlternateScreen);
		} catch {
			// Nothing more can be done for a terminal that is gone.
		}

		process.off('exit', restore);
		for (const signal of Object.keys(signalNumbers)) {
			process.off(signal, onSignal);
		}

		process.off('uncaughtException', onCrash);
		process.off('unhandledRejection', onCrash);
		for (const stream of streams) {
			stream.off('error', onStreamError);
		}
	};

	// Node 20 aborts (SIGABRT, at times SIGSEGV) in its exit-time terminal reset when the terminal is
	// gone (nodejs/node#51519, fixed in later lines by #58200). So a hang-up does not exit: it dies of
	// SIGHUP itself, as a program without a handler does (status 129), which skips that reset.
	const hangUp = (): void => {
		restore();
		process.removeAllListeners('SIGHUP');
		process.kill(process.pid, 'SIGHUP');
		// Only if SIGHUP could not end it.
		process.exit(129);
	};

	const onSignal = (signal: NodeJS.Signals): void => {
		if (signal === 'SIGHUP') {
			hangUp();
			return;
		}

		restore();
		process.exit(128 + (signalNumbers[signal as keyof typeof signalNumbers] ?? 0));
	};

	const onCrash = (error: unknown): void => {
		if (terminalGone(error)) {
			hangUp();
			return;
		}

		restore();
		process.stderr.write(report(error));
		process.exit(1);
	};

	// A write to a terminal that is gone fails asynchronously, as an 'error' on its stream.
	const onStreamError = (error: unknown): void => {
		if (terminalGone(error)) {
			hangUp();
		} else {
			onCrash(error);
		}
	};

	const streams = [...new Set([input, output, process.stderr])];
	process.on('exit', restore);
	for (const signal of Object.keys(signalNumbers)) {
		process.on(signal, onSignal);
	}

	process.on('uncaughtException', onCrash);
	process.on('unhandledRejection', onCrash);
	for (const stream of streams) {
		stream.on('error', onStreamError);
	}

	// Raw before the first frame, not from Ink's input effect after it: a key pressed in between
	// (Ctrl-Z, seen under load in the tests) would reach the line discipline, stop the program on the
	// alternate screen, or echo.
	if (input.isTTY) {
		input.setRawMode(true);
	}

	fs.writeSync(outputFd, enterAlternateScreen);
	return restore;
}

/**
Reads the terminal's size again from the device, emitting 'resize' when it changed: a resize while
the program was stopped (Ctrl-Z, then `fg`) sent it no SIGWINCH, and a /dev/tty stream (the reader
drawing beside a pipe) gets none at all. `getWindowSize()` only returns the stream's cached size;
`_refreshSize` is what Node itself runs on SIGWINCH for stdout (lib/tty.js), here called directly.
*/
export function refreshSize(output: WriteStream, redraw = false): void {
	try {
		(output as WriteStream & {_refreshSize?: () => void})._refreshSize?.();
		if (redraw) {
			// Same size, but the screen may have been the shell's meanwhile: Ink draws all of it again on 'resize'.
			output.emit('resize');
		}
	} catch {
		// Not a terminal any more: nothing to size.
	}
}

/** The SIGCONT listener of the last suspension (see `suspendScreen`). */
let lastResume: (() => void) | undefined;

/**
Ctrl-Z for a program in raw mode, where the terminal sends the key instead of stopping the program:
hands the terminal back as the shell expects it, stops the process, and on `fg` (SIGCONT) takes the
screen again and calls `onResume` to redraw it.
*/
export function suspendScreen(input: ReadStream, output: WriteStream, outputFd: number, onResume: () => void): void {
	const wasRaw = input.isRaw;
	input.setRawMode(false);
	fs.writeSync(outputFd, leaveAlternateScreen);
	// Until the continue, frames go nowhere: the stop lands some time after kill() returns, and a frame
	// drawn meanwhile (a background status) would land on the shell's screen. `onResume` redraws all.
	const write = output.write;
	output.write = ((..._: unknown[]) => true) as typeof output.write;
	let resumed = false;
	// Every SIGCONT until the next suspension takes the screen again: the stop lands asynchronously in a
	// process with threads, and under load a continue has been seen to outrun it, so one listener that
	// went after the first could leave the reader on the shell's screen, or laid out for the old size.
	const resume = (): void => {
		output.write = write;
		fs.writeSync(outputFd, enterAlternateScreen);
		if (wasRaw) {
			input.setRawMode(true);
		}

		refreshSize(output, resumed);
		if (!resumed) {
			resumed = true;
			onResume();
		}
	};

	if (lastResume !== undefined) {
		process.off('SIGCONT', lastResume);
	}

	lastResume = resume;
	process.on('SIGCONT', resume);
	const orphaned = inOrphanedGroup();
	if (orphaned === true) {
		// No job-control shell (the program leads its own session, as under `tmux new-session
		// corpus-reader`): the kernel would discard SIGTSTP, so carry on at once rather than sit on a blank screen.
		resume();
		return;
	}

	const stoppedAt = performance.now();
	process.kill(process.pid, 'SIGTSTP');
	if (orphaned === undefined) {
		// Where the process group cannot be read, guess by time. (Not on Linux: the stop can land after
		// kill() returns, in a process with threads, so a quick return there proves nothing.)
		setImmediate(() => {
			if (performance.now() - stoppedAt < 100) {
				resume();
			}
		});
	}
}

/**
Whether this process's group is orphaned, where stop signals from the terminal are discarded: it is
the group of the session's leader (no shell above it doing job control). Undefined where /proc cannot tell.
*/
function inOrphanedGroup(): boolean | undefined {
	try {
		const stat = fs.readFileSync('/proc/self/stat', 'utf8');
		// After the command name in parentheses: state, ppid, pgrp, session.
		const [, , group, session] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return group !== undefined && group === session;
	} catch {
		return undefined;
	}
}
