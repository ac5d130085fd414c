/**
The reader's background work on the index: check the files against it (after the first frame, and
whenever a watched folder changes), then fold whatever bodies are new, a slice at a time and never
while keys are coming. What it finds reaches the reader as events.
*/
import type {CorpusIndex} from '../store/corpus-index.js';
import type {SyncResult} from '../store/sync-files.js';
import {syncInWorker, type WorkerSync} from '../store/sync-in-worker.js';
import type {Background} from '../ui/use-background.js';
import {watchCorpus} from './corpus-watch.js';

export type BackgroundOptions = {
	readonly index: CorpusIndex;
	/** Check the files first: the list was drawn from the index as it was. */
	readonly checkFirst: boolean;
	/** What the index was opened on. */
	readonly roots: readonly string[];
	/** Folders to watch when there is no check first (the walk just made). */
	readonly folders: readonly string[];
	/** Resolves when keys have stopped for a moment. */
	readonly quiet: () => Promise<void>;
	/** Called once every body is folded: search is complete from then on. */
	readonly onTextsReady: () => void;
	/** The built sync-worker.js, to check an index file in a thread of its own; null: in slices on this thread. */
	readonly workerFile: string | null;
};

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The reader's background work (see the top of this file). */
export function readerBackground(options: BackgroundOptions): Background {
	const {index} = options;
	return report => {
		let stopped = false;
		let worker: WorkerSync | undefined;
		// In a worker when the index is a file (another connection can open it), else in slices here.
		const sync = async (full: boolean): Promise<SyncResult> => {
			if (options.workerFile === null || index.file === null) {
				return index.syncInSlices({between, full});
			}

			worker = syncInWorker(options.workerFile, {file: index.file, roots: options.roots, full});
			try {
				return await worker.result;
			} finally {
				worker = undefined;
			}
		};

		let running = false;
		let again = false;
		let againFull = false;
		const between = async (): Promise<void> => {
			await options.quiet();
			if (stopped || !index.db.open) {
				throw new Error('stopped');
			}
		};

		let indexing = false;
		const indexText = async (): Promise<void> => {
			if (indexing) {
				return;
			}

			indexing = true;
			let done = 0;
			const total = index.pendingTexts();
			while (index.pendingTexts() > 0) {
				report({type: 'status', text: `indexing text ${Math.floor((done / Math.max(1, total)) * 100)}%`});
				let batches = 0;
				done += index.indexTexts({batchSize: 20, shouldStop: () => batches++ > 0}).done;
				await between();
			}

			indexing = false;
			report({type: 'status', text: null});
			options.onTextsReady();
		};
		const startIndexing = (): void => {
			indexText().catch(() => {
				// Stopped: the reader is closing.
				indexing = false;
			});
		};

		// Full: every file's stat (at start, and when a watched folder saw an event: a file may have
		// been rewritten in place); else the folders' stamps first (the periodic check).
		const check = async (full: boolean): Promise<void> => {
			againFull ||= full;
			if (running) {
				again = true;
				return;
			}

			running = true;
			try {
				do {
					again = false;
					const thisFull = againFull;
					againFull = false;
					report({type: 'status', text: 'checking files…'});
					const before = index.catalog().length;
					const result = await sync(thisFull);
					await between();
					watch.watch(result.folders);
					if (result.changed) {
						const catalog = index.catalog();
						report({type: 'changed', articles: catalog, positionOf: id => catalog.positionOfId(id)});
						const added = catalog.length - before;
						report({type: 'notice', text: added > 0 ? `${plural(added, 'new article')}` : `${plural(result.read + result.removed, 'file')} changed`});
					}

					report({type: 'status', text: null});
					startIndexing();
				} while (again && !stopped);
			} catch (error) {
				if (!stopped) {
					report({type: 'status', text: `checking files failed: ${error instanceof Error ? error.message : String(error)}`});
				}
			} finally {
				running = false;
			}
		};

		const watch = watchCorpus(() => {
			void check(true);
		}, () => {
			void check(false);
		});
		if (index.pendingTexts() === 0) {
			// Every body is folded already: search answers from the first key, while the files are checked.
			options.onTextsReady();
		}

		if (options.checkFirst) {
			void check(true);
		} else {
			watch.watch(options.folders);
			startIndexing();
		}

		return () => {
			stopped = true;
			worker?.stop();
			watch.close();
		};
	};
}
