import fs from 'node:fs';
import type {ReadStream} from 'node:tty';

const enterAlternateScreen = '\u001B[?1049h\u001B[?25l';
// Show the cursor, leave the alternate screen, and reset any attribute a crash may have left on.
const leaveAlternateScreen = '\u001B[0m\u001B[?25h\u001B[?1049l';

const signalNumbers = {SIGHUP: 1, SIGINT: 2, SIGTERM: 15} as const;

/**
Takes the terminal over for a full-screen program and promises it back exactly as it was (normal
screen, cursor shown, cooked mode) on every way out: a normal return, `q`, Ctrl-C, SIGTERM, SIGHUP,
SIGINT and an uncaught exception. Returns the restore function; calling it twice is harmless.
*/
export function takeOverScreen(input: ReadStream, outputFd: number): () => void {
	let restored = false;
	const restore = (): void => {
		if (restored) {
			return;
		}

		restored = true;
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
	};

	const onSignal = (signal: NodeJS.Signals): void => {
		restore();
		process.exit(128 + (signalNumbers[signal as keyof typeof signalNumbers] ?? 0));
	};

	const onCrash = (error: unknown): void => {
		restore();
		const message = error instanceof Error ? error.message : String(error);
		process.stderr.write(`corpus-reader: internal error: ${message}\n`);
		if (process.env.CORPUS_READER_DEBUG && error instanceof Error) {
			process.stderr.write(`${error.stack ?? ''}\n`);
		}

		process.exit(1);
	};

	process.on('exit', restore);
	for (const signal of Object.keys(signalNumbers)) {
		process.on(signal, onSignal);
	}

	process.on('uncaughtException', onCrash);
	process.on('unhandledRejection', onCrash);
	fs.writeSync(outputFd, enterAlternateScreen);
	return restore;
}

/**
Ctrl-Z for a program in raw mode, where the terminal sends the key instead of stopping the program:
hands the terminal back as the shell expects it, stops the process, and on `fg` (SIGCONT) takes the
screen again and calls `onResume` to redraw it.
*/
export function suspendScreen(input: ReadStream, outputFd: number, onResume: () => void): void {
	const wasRaw = input.isRaw;
	input.setRawMode(false);
	fs.writeSync(outputFd, leaveAlternateScreen);
	let resumed = false;
	const resume = (): void => {
		if (resumed) {
			return;
		}

		resumed = true;
		process.off('SIGCONT', resume);
		fs.writeSync(outputFd, enterAlternateScreen);
		if (wasRaw) {
			input.setRawMode(true);
		}

		onResume();
	};

	process.once('SIGCONT', resume);
	const stoppedAt = performance.now();
	process.kill(process.pid, 'SIGTSTP');
	setImmediate(() => {
		// Without a job-control shell (the program leads its own session, as under `tmux new-session
		// corpus-reader`) the kernel discards SIGTSTP: carry on at once rather than sit on a blank screen.
		if (performance.now() - stoppedAt < 100) {
			resume();
		}
	});
}
