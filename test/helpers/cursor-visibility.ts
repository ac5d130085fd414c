import type {HeadlessTerminal} from './headless-screen.js';

const hasParam = (params: ReadonlyArray<number | number[]>, wanted: number): boolean =>
	params.some(param => (Array.isArray(param) ? param.includes(wanted) : param === wanted));

/**
 * Follows DECTCEM (`ESC[?25l` hides the cursor, `ESC[?25h` shows it) as the terminal parses it,
 * and returns a function telling whether the cursor is visible now.
 *
 * xterm.js keeps this in private state (`coreService.isCursorHidden`), so the harness watches
 * the sequences through the public parser hooks instead; the hooks return false so xterm.js
 * still handles them itself. A full reset (`ESC c`) or soft reset (`CSI ! p`) shows it again.
 */
export function trackCursorVisibility(terminal: HeadlessTerminal): () => boolean {
	let visible = true;
	const watch = (final: string, prefix: string, value: boolean) =>
		terminal.parser.registerCsiHandler({prefix, final}, params => {
			if (hasParam(params, 25)) {
				visible = value;
			}

			return false;
		});
	watch('h', '?', true);
	watch('l', '?', false);
	terminal.parser.registerCsiHandler({intermediates: '!', final: 'p'}, () => {
		visible = true;
		return false;
	});
	terminal.parser.registerEscHandler({final: 'c'}, () => {
		visible = true;
		return false;
	});
	return () => visible;
}
