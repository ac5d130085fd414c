import xterm from '@xterm/headless';
import {Unicode11Addon} from '@xterm/addon-unicode11';
import {registerAmbiguousWide} from './ambiguous-wide.js';

// @xterm/headless is CommonJS with no named exports Node can see.
const {Terminal} = xterm;

/** A headless xterm.js terminal, the screen model the harness reads. */
export type HeadlessTerminal = InstanceType<typeof Terminal>;

/** Size and width rules of a {@link createHeadlessTerminal}. */
export type HeadlessOptions = {
	cols: number;
	rows: number;
	/** Treat East Asian Ambiguous characters as two cells wide. */
	ambiguousWide?: boolean;
};

/**
 * Creates a headless terminal whose character widths follow Unicode 11, the table string-width
 * agrees with (the default Unicode 6 table gets most emoji wrong).
 */
export function createHeadlessTerminal({cols, rows, ambiguousWide = false}: HeadlessOptions): HeadlessTerminal {
	// The unicode API is "proposed" in xterm.js and refuses to work without this flag.
	const terminal = new Terminal({cols, rows, allowProposedApi: true, scrollback: 1000});
	terminal.loadAddon(new Unicode11Addon());
	terminal.unicode.activeVersion = '11';
	if (ambiguousWide) {
		registerAmbiguousWide(terminal);
	}

	return terminal;
}

/**
 * The visible rows as text, trailing spaces trimmed; a wide character appears once, not once
 * per cell.
 */
export function visibleRows(terminal: HeadlessTerminal): string[] {
	const buffer = terminal.buffer.active;
	const rows: string[] = [];
	for (let y = 0; y < terminal.rows; y++) {
		// translateToString(true) keeps spaces that were written; only U+0020 is trimmed, not U+3000.
		rows.push((buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? '').replace(/ +$/, ''));
	}

	return rows;
}

/** Resolves once everything written to the terminal so far has been parsed. */
export async function flushed(terminal: HeadlessTerminal): Promise<void> {
	await new Promise<void>(resolve => {
		terminal.write('', resolve);
	});
}
