import {useRef} from 'react';
import {useInput, useStdout} from 'ink';
import type {CorpusArticle} from '../corpus/corpus.js';
import {commandFor} from '../state/keymap.js';
import {keyNames} from '../state/key-name.js';
import type {ReaderModel} from '../state/reader-model.js';
import type {Action} from '../state/reduce.js';
import {selectedArticle, type State} from '../state/state.js';
import {osc52Copy} from '../terminal/clipboard.js';
import {openUrl} from '../terminal/open-url.js';

/** How the reader ended: quit, or print an article to stdout once the screen is restored. */
export type Exit = {readonly type: 'quit' | 'interrupt'} | {readonly type: 'print'; readonly article: CorpusArticle};

type Options = {
	readonly state: State;
	readonly dispatch: (action: Action) => void;
	readonly model: ReaderModel;
	readonly piped: boolean;
	readonly onExit: (exit: Exit) => void;
};

/**
Keys to actions through the key map. Effects (quit, print, open, copy) are carried out here; everything
else goes to the reducer. In search mode the search line owns the keyboard but for Esc, Ctrl-C and
the arrows.
*/
export function useReaderInput({state, dispatch, model, piped, onExit}: Options): void {
	const {stdout} = useStdout();
	// Ink re-subscribes the input handler after a frame is drawn: a key that arrives in between must
	// still see the state on screen, not the one before it.
	const current = useRef(state);
	current.current = state;
	const handle = (name: string): void => {
		if (process.env.CORPUS_READER_TEST_CRASH === 'input' && name === 'x') {
			// Test-only: an uncaught exception outside rendering must still restore the terminal.
			throw new Error('test crash while handling a key');
		}

		const state = current.current;
		if (name === 'ctrl-c') {
			// Like fzf and the shell: an interrupted program says so in its exit status.
			onExit({type: 'interrupt'});
			return;
		}

		if (state.mode === 'search') {
			if (name === 'escape') {
				dispatch({type: 'searchCancel'});
			} else if (name === 'up' || name === 'down') {
				dispatch({type: 'command', command: name});
			}

			return;
		}

		const command = state.mode === 'help' && name !== '?' && name !== 'q'
			? 'back'
			: commandFor(name, {pane: state.pane, searching: state.filter !== null});
		const index = selectedArticle(state);
		const article = index === undefined ? undefined : model.frameSource.articles[index];
		switch (command) {
			case undefined: {
				return;
			}

			case 'quit': {
				onExit({type: 'quit'});
				return;
			}

			case 'print': {
				if (article) {
					onExit({type: 'print', article});
				}

				return;
			}

			case 'open': {
				if (piped && article) {
					onExit({type: 'print', article});
					return;
				}

				break;
			}

			case 'openUrl': {
				if (article?.url) {
					void openUrl(article.url).then(error => {
						dispatch({type: 'notice', text: error ?? 'opened in the browser'});
					});
				} else {
					dispatch({type: 'notice', text: 'this article has no URL'});
				}

				return;
			}

			case 'copyUrl': {
				if (article?.url) {
					// Straight to the terminal: OSC 52 moves no cursor, so Ink's frame is untouched.
					stdout.write(osc52Copy(article.url));
					dispatch({type: 'notice', text: 'URL copied'});
				} else {
					dispatch({type: 'notice', text: 'this article has no URL'});
				}

				return;
			}

			default: {
				break;
			}
		}

		dispatch({type: 'command', command});
	};

	useInput((input, key) => {
		const names = current.current.mode === 'search' ? [keyNames(input, key)[0] ?? ''] : keyNames(input, key);
		for (const name of names) {
			handle(name);
		}
	});
}
