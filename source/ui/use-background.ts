import {useEffect, useRef} from 'react';
import type {ArticleList} from '../corpus/corpus.js';
import type {Action} from '../state/reduce.js';
import type {ReaderModel} from '../services/reader-model.js';
import {selectedArticle, type Filter, type State} from '../state/state.js';

/** What background work (checking the files, indexing text) tells the reader. */
export type BackgroundEvent =
	| {readonly type: 'status'; readonly text: string | null}
	| {readonly type: 'notice'; readonly text: string}
	| {
		readonly type: 'changed';
		readonly articles: ArticleList;
		/** The new position of the article with this id, or undefined when it is gone. */
		readonly positionOf: (id: string) => number | undefined;
	};

/** Starts the reader's background work, which reports through `report`; returns how to stop it. */
export type Background = (report: (event: BackgroundEvent) => void) => () => void;

/**
Runs `background` while the reader is up and turns what it reports into actions. A changed corpus
keeps the selected article selected, wherever it moved.
*/
export function useBackground(background: Background | undefined, model: ReaderModel, state: State, dispatch: (action: Action) => void): void {
	const latest = useRef(state);
	latest.current = state;
	useEffect(() => background?.(event => {
		switch (event.type) {
			case 'status': {
				dispatch({type: 'background', text: event.text});
				break;
			}

			case 'notice': {
				dispatch({type: 'notice', text: event.text});
				break;
			}

			case 'changed': {
				const state = latest.current;
				const selected = selectedArticle(state);
				const id = selected === undefined ? undefined : model.frameSource.articles.at(selected)?.id;
				model.setArticles(event.articles);
				// Searched here, outside the reducer, over the new corpus.
				const again = (filter: Filter | null): Filter | null => filter && model.search(filter.query);
				dispatch({
					type: 'articlesChanged',
					total: event.articles.length,
					copies: model.copies(),
					selected: id === undefined ? undefined : event.positionOf(id),
					filter: again(state.filter),
					beforeFilter: again(state.beforeSearch?.filter ?? null),
				});
				break;
			}
		}
	}), [background, model, dispatch]);
}
