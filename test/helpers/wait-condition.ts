/** What {@link TerminalSession.waitFor} waits for: text on screen, a pattern, or a test of the rows. */
export type WaitCondition = string | RegExp | ((screen: string[]) => boolean);

/** Turns a condition into a test of the visible rows; strings and patterns look at the rows joined by newlines. */
export function toScreenTest(condition: WaitCondition): (screen: string[]) => boolean {
	if (typeof condition === 'string') {
		return screen => screen.join('\n').includes(condition);
	}

	if (condition instanceof RegExp) {
		// A global or sticky pattern keeps lastIndex between calls; a copy without those flags does not.
		const pattern = new RegExp(condition.source, condition.flags.replaceAll(/[gy]/g, ''));
		return screen => pattern.test(screen.join('\n'));
	}

	return condition;
}

/** A short description of a condition for error messages. */
export function describeCondition(condition: WaitCondition): string {
	if (typeof condition === 'string') {
		return JSON.stringify(condition);
	}

	if (condition instanceof RegExp) {
		return String(condition);
	}

	return condition.name ? `predicate ${condition.name}` : 'predicate';
}

/**
 * The screen as a numbered block for failure messages; trailing blank rows are left out but
 * counted, so an empty screen is obvious.
 */
export function dumpScreen(screen: string[]): string {
	let last = screen.length;
	while (last > 0 && screen[last - 1] === '') {
		last--;
	}

	const width = String(screen.length).length;
	const shown = screen.slice(0, last).map((row, index) => `${String(index + 1).padStart(width)} │${row}`);
	const blank = screen.length - last;
	return [...shown, ...(blank > 0 ? [`${' '.repeat(width)} │(${blank} blank row${blank === 1 ? '' : 's'})`] : [])].join('\n');
}
