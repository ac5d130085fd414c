import {EventEmitter} from 'node:events';
import {describe, expect, test} from 'vitest';
import {probeAmbiguousWidth} from '../../source/terminal/ambiguous-probe.js';

/** A fake terminal: answers a cursor-position request with `reply` (or never), records what happens. */
function fakeTerminal(reply: string | undefined, options: {isRaw?: boolean; paused?: boolean} = {}) {
	const events = new EventEmitter();
	const written: string[] = [];
	const rawModes: boolean[] = [];
	let paused = options.paused ?? true;
	const input = {
		isTTY: true,
		isRaw: options.isRaw ?? false,
		setRawMode(mode: boolean) {
			rawModes.push(mode);
			input.isRaw = mode;
		},
		isPaused: () => paused,
		on: (event: 'data', listener: (chunk: Buffer | string) => void) => events.on(event, listener),
		off: (event: 'data', listener: (chunk: Buffer | string) => void) => events.off(event, listener),
		resume() {
			paused = false;
		},
		pause() {
			paused = true;
		},
	};
	const output = {
		isTTY: true,
		write(text: string) {
			written.push(text);
			if (text.includes('\u001B[6n') && reply !== undefined) {
				// The reply comes in two chunks, as it may from a real terminal.
				setTimeout(() => {
					events.emit('data', Buffer.from(reply.slice(0, 3)));
					events.emit('data', reply.slice(3));
				}, 1);
			}
		},
	};
	return {input, output, written, rawModes, listeners: () => events.listenerCount('data'), isPaused: () => paused};
}

describe('probeAmbiguousWidth', () => {
	test.each([
		['column 2: narrow', '\u001B[5;2R', 'narrow'],
		['column 3: wide', '\u001B[12;3R', 'wide'],
		['an odd column: narrow', '\u001B[1;9R', 'narrow'],
	])('%s', async (_rule, reply, expected) => {
		const terminal = fakeTerminal(reply);
		expect(await probeAmbiguousWidth(terminal.input, terminal.output, 1000)).toBe(expected);
		expect(terminal.written).toEqual(['\r“\u001B[6n', '\r\u001B[K']);
		expect(terminal.rawModes).toEqual([true, false]);
		expect(terminal.listeners()).toBe(0);
		expect(terminal.isPaused()).toBe(true);
	});

	test('no reply: narrow after the timeout, raw mode and flowing state restored', async () => {
		const terminal = fakeTerminal(undefined, {isRaw: true, paused: false});
		expect(await probeAmbiguousWidth(terminal.input, terminal.output, 20)).toBe('narrow');
		expect(terminal.rawModes).toEqual([true, true]);
		expect(terminal.isPaused()).toBe(false);
		expect(terminal.written.at(-1)).toBe('\r\u001B[K');
	});

	test('not a terminal: narrow without writing anything', async () => {
		const terminal = fakeTerminal('\u001B[1;3R');
		const output = {...terminal.output, isTTY: false};
		expect(await probeAmbiguousWidth(terminal.input, output)).toBe('narrow');
		expect(terminal.written).toEqual([]);
	});
});
