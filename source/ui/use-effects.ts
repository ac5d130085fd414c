import {useEffect} from 'react';
import {useStdout} from 'ink';
import type {ArticleList, CorpusArticle} from '../corpus/corpus.js';
import type {Action} from '../state/reduce.js';
import type {Effect} from '../state/state.js';
import {osc52Copy} from '../terminal/clipboard.js';
import {openUrl} from '../terminal/open-url.js';

/** How the reader ended: quit, interrupted, or print an article to stdout once the screen is restored. */
export type Exit = {readonly type: 'quit' | 'interrupt'} | {readonly type: 'print'; readonly article: CorpusArticle};

/** Carries out the effect the reducer asked for, then clears it. */
export function useEffects(effect: Effect | null, articles: ArticleList, dispatch: (action: Action) => void, onExit: (exit: Exit) => void, onSuspend: () => void): void {
	const {stdout} = useStdout();
	useEffect(() => {
		if (!effect) {
			return;
		}

		if (effect.type === 'suspend') {
			dispatch({type: 'effectDone'});
			onSuspend();
			return;
		}

		if (!('article' in effect)) {
			onExit({type: effect.type});
			return;
		}

		const article = articles.at(effect.article);
		dispatch({type: 'effectDone'});
		if (!article) {
			return;
		}

		switch (effect.type) {
			case 'print': {
				onExit({type: 'print', article});
				break;
			}

			case 'openUrl': {
				if (article.url) {
					void openUrl(article.url).then(error => {
						dispatch({type: 'notice', text: error ?? 'opened in the browser'});
					});
				} else {
					dispatch({type: 'notice', text: 'this article has no URL'});
				}

				break;
			}

			case 'copyUrl': {
				if (article.url) {
					// Straight to the terminal: OSC 52 moves no cursor, so Ink's frame is untouched.
					stdout.write(osc52Copy(article.url));
					dispatch({type: 'notice', text: 'URL copied'});
				} else {
					dispatch({type: 'notice', text: 'this article has no URL'});
				}

				break;
			}
		}
	}, [effect, articles, dispatch, onExit, onSuspend, stdout]);
}
