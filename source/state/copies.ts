/**
`=`: the copies of articles (the same URL or body as an earlier one) shown in the list, or hidden again.
Hidden by default: in an archive kept from several feeds or copied twice, most rows would be repeats.
*/
import {pendingFilter, reselect} from './search-actions.js';
import {selectedArticle, type State} from './state.js';

/** How many copies the list hides now (of the filter's matches, or of the corpus), 0 when it shows them. */
export function hiddenCopies(state: State): number {
	if (state.showCopies || state.copies === null) {
		return 0;
	}

	return state.filter ? (state.filter.hiddenCopies ?? 0) : state.copies.isCopy.length - state.copies.originals.length;
}

export function toggleCopies(state: State): State {
	const copies = state.copies === null ? 0 : state.copies.isCopy.length - state.copies.originals.length;
	if (copies === 0) {
		return {...state, notice: 'no duplicates in this corpus'};
	}

	const showCopies = !state.showCopies;
	const article = selectedArticle(state) ?? state.filter?.keep;
	const notice = showCopies ? 'duplicates shown (= hides them)' : 'duplicates hidden (= shows them)';
	// A filter is searched again: its matches are kept as the list shows them, without the copies hidden.
	const filter = state.filter && pendingFilter(state.filter.query, article);
	return {...reselect({...state, showCopies, filter}, filter ? undefined : article), notice};
}
