/** Which facts of the world the state is waiting for, and whether those it holds are current. */
import {layoutFor} from './layout.js';
import {selectedArticle, shownScript, type ArticleFacts, type State} from './state.js';

/** The layout the reader pane shows: the selected article at the text width, marked for the filter's query. */
export type FactsKey = Pick<ArticleFacts, 'article' | 'width' | 'query' | 'script' | 'generation'>;

/** The facts the state needs now, or undefined when it needs none (no article, or a screen too small to lay out). */
export function wantedFacts(state: State): FactsKey | undefined {
	const article = selectedArticle(state);
	const layout = layoutFor(state.size, state.maxTextWidth);
	if (article === undefined || layout.kind === 'tooSmall') {
		return undefined;
	}

	// A pending filter has no hits yet: its article is laid out plain until the matches come.
	const query = state.filter && !state.filter.pending ? state.filter.query : null;
	return {article, width: layout.textWidth, query, script: shownScript(state), generation: state.generation};
}

export const sameFacts = (a: FactsKey, b: FactsKey): boolean =>
	a.article === b.article && a.width === b.width && a.query === b.query && a.script === b.script && a.generation === b.generation;

/** The facts the state holds, when they are the ones it needs now. */
export function currentFacts(state: State): ArticleFacts | undefined {
	const wanted = wantedFacts(state);
	return wanted && state.facts && sameFacts(wanted, state.facts) ? state.facts : undefined;
}
