/** The corpus's copies (state/state.ts `Copies`) as the reader's list gives them. */
import type {ArticleList} from '../corpus/corpus.js';
import type {Copies} from '../state/state.js';

/** A list that can say at once which positions hold copies (the index, by one query), rather than be read article by article. */
type CopiesKnown = ArticleList & {readonly copyPositions: () => readonly number[]};

const knowsCopies = (list: ArticleList): list is CopiesKnown => typeof (list as Partial<CopiesKnown>).copyPositions === 'function';

/** Which articles are copies of an earlier one, and the positions of the others; null when there is none. */
export function copiesOf(list: ArticleList): Copies | null {
	const isCopy = new Uint8Array(list.length);
	let count = 0;
	if (knowsCopies(list)) {
		for (const position of list.copyPositions()) {
			if (position >= 0 && position < isCopy.length && isCopy[position] === 0) {
				isCopy[position] = 1;
				count++;
			}
		}
	} else {
		for (let position = 0; position < list.length; position++) {
			if ((list.at(position)?.duplicateOf ?? null) !== null) {
				isCopy[position] = 1;
				count++;
			}
		}
	}

	if (count === 0) {
		return null;
	}

	const originals: number[] = [];
	for (let position = 0; position < isCopy.length; position++) {
		if (isCopy[position] === 0) {
			originals.push(position);
		}
	}

	return {isCopy, originals};
}
