/**
Asking the terminal how wide it draws an East Asian Ambiguous character: print `“` at the start of
the line, ask for the cursor position (`ESC[6n`) and read the column back from `ESC[row;colR`.
Column 2 means one column (narrow), column 3 means two (wide). The line is erased afterwards.
*/

/** The part of a TTY read stream the probe uses (a `tty.ReadStream` fits). */
export type ProbeInput = {
	readonly isTTY?: boolean;
	readonly isRaw?: boolean;
	setRawMode?: (mode: boolean) => unknown;
	isPaused?: () => boolean;
	on: (event: 'data', listener: (chunk: Buffer | string) => void) => unknown;
	off: (event: 'data', listener: (chunk: Buffer | string) => void) => unknown;
	resume: () => unknown;
	pause: () => unknown;
};

/** The part of a TTY write stream the probe uses (a `tty.WriteStream` fits). */
export type ProbeOutput = {
	readonly isTTY?: boolean;
	write: (text: string) => unknown;
};

const CURSOR_REPORT = /\u001B\[(\d+);(\d+)R/;

/**
Whether the terminal draws ambiguous characters narrow or wide. Answers `narrow` at once when either
stream is not a terminal, and after `timeoutMs` when the terminal does not reply (some never do).
The wait costs only on those: any terminal that answers (every VT100 descendant does) ends it at
once. 500 ms, not less: a busy machine (or a terminal over a slow link) answered after 100 ms.
Raw mode and the paused state of `input` are put back as they were.
*/
export async function probeAmbiguousWidth(input: ProbeInput, output: ProbeOutput, timeoutMs = 500): Promise<'narrow' | 'wide'> {
	const {setRawMode} = input;
	if (input.isTTY !== true || output.isTTY !== true || setRawMode === undefined) {
		return 'narrow';
	}

	const wasRaw = input.isRaw === true;
	const wasPaused = input.isPaused?.() ?? true;
	setRawMode.call(input, true);
	let received = '';
	const column = await new Promise<number | undefined>(resolve => {
		const timer = setTimeout(() => {
			finish(undefined);
		}, timeoutMs);
		const onData = (chunk: Buffer | string): void => {
			received += chunk.toString();
			const match = CURSOR_REPORT.exec(received);
			if (match) {
				finish(Number(match[2]));
			}
		};

		function finish(result: number | undefined): void {
			clearTimeout(timer);
			input.off('data', onData);
			resolve(result);
		}

		input.on('data', onData);
		input.resume();
		output.write('\r“\u001B[6n');
	});
	output.write('\r\u001B[K');
	setRawMode.call(input, wasRaw);
	if (wasPaused) {
		input.pause();
	}

	return column === 3 ? 'wide' : 'narrow';
}
