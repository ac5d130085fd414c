import {wrapText} from '../text/wrap.js';
import {resolveAmbiguous} from './ambiguous.js';

/** The paragraph wrapper for `print --width N`, with the ambiguous-width setting of the terminal printed to. */
export async function lineWrapper(width: number, ambiguousWidth: string | undefined): Promise<(text: string) => readonly string[]> {
	const terminal = process.stdout.isTTY && process.stdin.isTTY ? {input: process.stdin, output: process.stdout} : null;
	const ambiguousWide = await resolveAmbiguous(ambiguousWidth, terminal);
	return text => wrapText(text, width, {ambiguousWide});
}
