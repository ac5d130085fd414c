/** Loading a whole corpus as an array, through its index: the library's entry point, and what tests compare. */
import type {Corpus} from '../corpus/corpus.js';
import {openCorpusIndex, type IndexOptions} from './corpus-index.js';

export type LoadOptions = IndexOptions & {
	/** Files read in one transaction of the index. */
	readonly batchSize?: number;
};

/**
Loads every article under `paths` (files, and folders recursively), newest first. Never throws for
a file: whatever cannot be read is a `Problem`, and the rest loads. Files unchanged since the last
load come from the index and are read only when their body is first needed; the result is the same
with the index file or without it (`{cache: false}`).

@example
const {articles, problems} = await loadCorpus(['corpus/']);
*/
export async function loadCorpus(paths: readonly string[], options: LoadOptions = {}): Promise<Corpus> {
	const index = openCorpusIndex(paths, options);
	try {
		const {problems} = await index.syncInSlices({batchSize: options.batchSize, full: true});
		return {articles: [...index.catalog().all()], problems};
	} finally {
		index.close();
	}
}
