/**
The queries of this session, as the search line recalls them with ↑ and ↓ (less, vim and the shells
do the same): oldest first, each once, the newest last. A plain array in the state, so that it can be
kept with the reading state later.
*/

/** The history keeps this many queries; older ones go. */
export const historyLength = 100;

/** Which query ↑ has recalled, and the line as it was typed before the first ↑ (↓ past the newest gives it back). */
export type Recall = {readonly index: number; readonly typed: string};

/** The history with `query` as its newest entry (moved there if it was already in it). */
export function rememberQuery(history: readonly string[], query: string): readonly string[] {
	if (query.trim() === '' || history.at(-1) === query) {
		return history;
	}

	return [...history.filter(entry => entry !== query), query].slice(-historyLength);
}

/**
The line after ↑ (`step` -1) or ↓ (1): the text to show and the recall to keep (null: the line typed),
or undefined when the history goes no further that way.
*/
export function stepHistory(history: readonly string[], recall: Recall | null, draft: string, step: -1 | 1): {readonly text: string; readonly recall: Recall | null} | undefined {
	const from = recall?.index ?? history.length;
	const index = Math.max(0, Math.min(history.length, from + step));
	if (index === from) {
		return undefined;
	}

	const typed = recall?.typed ?? draft;
	return index === history.length ? {text: typed, recall: null} : {text: history[index] ?? '', recall: {index, typed}};
}
