import type {TextWrap} from '../article/render-text.js';
import {resolveMeasure} from './ambiguous.js';

/** How `print --width N` wraps, with the ambiguous-width setting of the terminal printed to. */
export async function lineWrapper(width: number, ambiguousWidth: string | undefined): Promise<TextWrap> {
	const terminal = process.stdout.isTTY && process.stdin.isTTY ? {input: process.stdin, output: process.stdout} : null;
	return {width, measure: await resolveMeasure(ambiguousWidth, terminal)};
}
