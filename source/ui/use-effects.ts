import {useEffect} from 'react';
import {useStdout} from 'ink';
import type {ArticleList, CorpusArticle} from '../corpus/corpus.js';
import type {Action} from '../state/reduce.js';
import type {Effect} from '../state/state.js';
import type {ReaderModel} from '../services/reader-model.js';
import {osc52Copy} from '../terminal/clipboard.js';
import {openUrl} from '../terminal/open-url.js';

/** How the reader ended: quit, interrupted, or print an article to stdout once the screen is restored. */
export type Exit = {readonly type: 'quit' | 'interrupt'} | {readonly type: 'print'; readonly article: CorpusArticle};

/** What the effects change of the reading state (see services/reader-model.ts). */
export type MarkEffects = Pick<ReaderModel, 'toggleRead' | 'toggleStar' | 'markAllRead'>;

/** Carries out the effect the reducer asked for, then clears it. */
export function useEffects(effect: Effect | null, articles: ArticleList, marks: MarkEffects, dispatch: (action: Action) => void, onExit: (exit: Exit) => void, onSuspend: () => void): void {
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

		if (effect.type === 'markAllRead') {
			const count = marks.markAllRead(effect.articles);
			dispatch({type: 'effectDone'});
			dispatch({type: 'notice', text: `${count.toLocaleString('en-US')} ${count === 1 ? 'article' : 'articles'} marked read`});
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

			case 'toggleRead': {
				dispatch({type: 'notice', text: marks.toggleRead(effect.article) ? 'marked read' : 'marked unread'});
				break;
			}

			case 'toggleStar': {
				dispatch({type: 'notice', text: marks.toggleStar(effect.article) ? 'starred' : 'star taken off'});
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
	}, [effect, articles, marks, dispatch, onExit, onSuspend, stdout]);
}
