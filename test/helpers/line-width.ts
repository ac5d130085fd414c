import stringWidth from 'string-width';
import type {HeadlessTerminal} from './headless-screen.js';

/** One row that does not fit the terminal, as found by {@link lineWidthViolations}. */
export type LineWidthViolation = {
	/** Visible row, counted from 0. */
	row: number;
	/**
	 * - `wrapped`: the row continues the one above, so the program wrote a line wider than the terminal;
	 * - `too-wide`: the row's text measures wider than the terminal by string-width;
	 * - `cell-width`: a cell's width in the terminal differs from string-width's for its character,
	 *   so the program's layout and the terminal disagree from that cell on.
	 */
	kind: 'wrapped' | 'too-wide' | 'cell-width';
	/** The row's text, trailing spaces trimmed. */
	text: string;
	/** What was measured, e.g. `width 102 > 100 columns` or `"…" at column 7: 1 cell, string-width 2`. */
	detail: string;
};

/** Width rules of a {@link lineWidthViolations} check. */
export type LineWidthOptions = {
	/** Measure East Asian Ambiguous characters as two cells; default: the session's setting. */
	ambiguousWide?: boolean;
};

/**
 * Checks every visible row cell by cell and returns each way a row fails to fit the terminal;
 * an empty list means every line the program drew fitted its width.
 *
 * Overflow leaves two traces in xterm.js: a row written past the last column soft-wraps, and
 * the next row is marked `isWrapped` (this also catches a wide character that did not fit the
 * last column); and the text, measured as the app measures it, exceeds the width.
 *
 * @example
 * ```
 * expect(lineWidthViolations(session)).toEqual([]);
 * ```
 */
export function lineWidthViolations(
	session: {terminal: HeadlessTerminal; ambiguousWide?: boolean},
	options: LineWidthOptions = {},
): LineWidthViolation[] {
	const {terminal} = session;
	const ambiguousIsNarrow = !(options.ambiguousWide ?? session.ambiguousWide ?? false);
	const buffer = terminal.buffer.active;
	const violations: LineWidthViolation[] = [];
	for (let row = 0; row < terminal.rows; row++) {
		const line = buffer.getLine(buffer.viewportY + row);
		if (!line) {
			continue;
		}

		const text = line.translateToString(true);
		if (line.isWrapped) {
			violations.push({row, kind: 'wrapped', text, detail: `row ${row} continues row ${row - 1}: the line was wider than ${terminal.cols} columns`});
		}

		const width = stringWidth(text, {ambiguousIsNarrow});
		if (width > terminal.cols) {
			violations.push({row, kind: 'too-wide', text, detail: `width ${width} > ${terminal.cols} columns`});
		}

		for (let x = 0; x < line.length; x++) {
			const cell = line.getCell(x);
			const chars = cell?.getChars() ?? '';
			// Continuation cells of wide characters and empty cells carry no character.
			if (!cell || chars === '' || cell.getWidth() === 0) {
				continue;
			}

			const expected = stringWidth(chars, {ambiguousIsNarrow});
			if (expected !== cell.getWidth()) {
				violations.push({row, kind: 'cell-width', text, detail: `${JSON.stringify(chars)} at column ${x}: ${cell.getWidth()} cell(s), string-width ${expected}`});
			}
		}
	}

	return violations;
}
