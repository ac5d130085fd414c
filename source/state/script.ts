/** Simplified and Traditional at a key: which script the reader shows its text in, as plain state (to be kept with the reading state). */
import type {Script} from '../text/han-script.js';
import {currentFacts} from './facts.js';
import type {State} from './state.js';

export type {Script} from '../text/han-script.js';

/** The order `t` goes through: as written, Simplified, Traditional, and round again. */
const order: readonly Script[] = ['original', 'simplified', 'traditional'];

/** How the status bar names a script (as written shows nothing there). */
export const scriptLabels: Readonly<Record<Script, string>> = {original: 'as written', simplified: '简体', traditional: '繁體'};

/** The reader's place as a share of the article, to be found again once it is laid out anew (as on a resize). */
function keepPlace(state: State, next: State): State {
	const facts = currentFacts(state);
	return facts ? {...next, pendingScroll: {share: facts.lines > 0 ? state.readerTop / facts.lines : 0}} : next;
}

/**
The next script. The text is laid out again in it (the facts are the script's), and the reader keeps
its place as a share of the article: a conversion may change where lines break.
*/
export function cycleScript(state: State): State {
	const script = order[(order.indexOf(state.script) + 1) % order.length] ?? 'original';
	// The status bar names a converted script; the way back says so once.
	return keepPlace(state, {...state, script, notice: script === 'original' ? 'text as written' : state.notice});
}

/** The tables are loaded: a script chosen before is shown now. */
export function scriptReady(state: State): State {
	return state.scriptReady ? state : keepPlace(state, {...state, scriptReady: true});
}
