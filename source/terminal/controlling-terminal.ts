import fs from 'node:fs';
import tty from 'node:tty';
import {refreshSize} from './screen.js';

export type Terminal = {
	readonly input: tty.ReadStream;
	readonly output: tty.WriteStream;
	/** The output's file descriptor, for the synchronous writes of a restore on exit. */
	readonly outputFd: number;
	/** True when the screen is /dev/tty because stdout is a pipe or a file (fzf-style). */
	readonly piped: boolean;
	readonly close: () => void;
};

/**
The terminal to draw on: stdin and stdout when both are terminals; else the controlling terminal
(/dev/tty), so `corpus-reader | less` draws on the screen and writes the chosen article down the
pipe; null when there is no terminal at all.
*/
export function openTerminal(): Terminal | null {
	if (process.stdin.isTTY && process.stdout.isTTY) {
		return {input: process.stdin, output: process.stdout, outputFd: process.stdout.fd, piped: false, close() {}};
	}

	let fd: number;
	try {
		fd = fs.openSync('/dev/tty', 'r+');
	} catch {
		return null;
	}

	if (!tty.isatty(fd)) {
		fs.closeSync(fd);
		return null;
	}

	const input = new tty.ReadStream(fd);
	const output = new tty.WriteStream(fd);
	// Node follows SIGWINCH for its own stdout and stderr only: a stream of ours must be told.
	const onWindowChange = (): void => {
		refreshSize(output);
	};

	process.on('SIGWINCH', onWindowChange);
	return {
		input,
		output,
		outputFd: fd,
		piped: !process.stdout.isTTY,
		close() {
			process.off('SIGWINCH', onWindowChange);
			input.destroy();
			output.destroy();
		},
	};
}
