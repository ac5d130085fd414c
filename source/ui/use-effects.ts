import {useEffect} from 'react';
import {useStdout} from 'ink';
import type {ArticleList, CorpusArticle} from '../corpus/corpus.js';
import type {Action} from '../state/reduce.js';
import type {Effect} from '../state/state.js';
import type {Script} from '../text/han-script.js';
import {articleLinks} from '../article/links.js';
import type {ReaderModel} from '../services/reader-model.js';
import {osc52Copy} from '../terminal/clipboard.js';
import {openUrl} from '../terminal/open-url.js';

/** How the reader ended: quit, interrupted, or print an article to stdout (in the script it was shown in) once the screen is restored. */
export type Exit = {readonly type: 'quit' | 'interrupt'} | {readonly type: 'print'; readonly article: CorpusArticle; readonly script: Script};

/** The URL an `o` or `y` means: link `link` of the article, or its own URL; else what to say instead. */
export function effectUrl(article: CorpusArticle, link: number | null): {readonly url: string; readonly name: string} | {readonly problem: string} {
	if (link === null) {
		return article.url ? {url: article.url, name: 'URL'} : {problem: 'this article has no URL'};
	}

	const {urls} = articleLinks(article);
	const url = urls[link - 1];
	if (url === undefined) {
		return {problem: urls.length === 0 ? 'this article has no links' : `no link ${link}: this article has ${urls.length === 1 ? 'one link' : `links 1-${urls.length}`}`};
	}

	return {url, name: `link ${link}`};
}

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
				onExit({type: 'print', article, script: effect.script});
				break;
			}

			case 'openUrl': {
				const target = effectUrl(article, effect.link);
				if ('url' in target) {
					void openUrl(target.url).then(error => {
						dispatch({type: 'notice', text: error ?? (effect.link === null ? 'opened in the browser' : `${target.name} opened in the browser`)});
					});
				} else {
					dispatch({type: 'notice', text: target.problem});
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
				const target = effectUrl(article, effect.link);
				if ('url' in target) {
					// Straight to the terminal: OSC 52 moves no cursor, so Ink's frame is untouched.
					stdout.write(osc52Copy(target.url));
					dispatch({type: 'notice', text: `${target.name} copied`});
				} else {
					dispatch({type: 'notice', text: target.problem});
				}

				break;
			}
		}
	}, [effect, articles, marks, dispatch, onExit, onSuspend, stdout]);
}
