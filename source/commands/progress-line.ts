/**
A progress line for long indexing, on a terminal only: `indexing 12,000/157,200 files · 2,400/s ·
1:00 left`, rewritten in place at most a few times a second and wiped when done. Piped or
redirected stderr gets nothing: a log is no place for carriage returns.
*/

export type ProgressLine = {
	readonly update: (what: string, done: number, total: number) => void;
	readonly clear: () => void;
};

const count = (value: number): string => value.toLocaleString('en-US');

function duration(seconds: number): string {
	const whole = Math.max(0, Math.round(seconds));
	return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** A progress line on `stream` when it is a terminal; a line that does nothing otherwise. */
export function progressLine(stream: NodeJS.WriteStream = process.stderr, interval = 200): ProgressLine {
	if (!stream.isTTY || process.env.TERM === 'dumb') {
		// Not a terminal, or one that cannot erase a line.
		return {update() {/* Not a terminal. */}, clear() {/* Nothing shown. */}};
	}

	let shown = false;
	let last = 0;
	let phase = '';
	let started = Date.now();
	return {
		update(what, done, total) {
			const now = Date.now();
			if (what !== phase) {
				phase = what;
				started = now;
			}

			if (now - last < interval && done < total) {
				return;
			}

			last = now;
			const rate = done / Math.max(0.001, (now - started) / 1000);
			const left = rate > 0 ? (total - done) / rate : 0;
			stream.write(`\r\u001B[Kcorpus-reader: ${what} ${count(done)}/${count(total)} · ${count(Math.round(rate))}/s · ${duration(left)} left`);
			shown = true;
		},
		clear() {
			if (shown) {
				stream.write('\r\u001B[K');
				shown = false;
			}
		},
	};
}
