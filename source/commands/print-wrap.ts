import {resolveMeasure} from './ambiguous.js';

/** The paragraph wrapper for `print --width N`, with the ambiguous-width setting of the terminal printed to. */
export async function lineWrapper(width: number, ambiguousWidth: string | undefined): Promise<(text: string) => readonly string[]> {
	const terminal = process.stdout.isTTY && process.stdin.isTTY ? {input: process.stdin, output: process.stdout} : null;
	const measure = await resolveMeasure(ambiguousWidth, terminal);
	return text => measure.wrap(text, width);
}
