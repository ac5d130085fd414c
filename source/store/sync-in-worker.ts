/** Running a sync of an index file in a worker thread (sync-worker.ts), from the reader's thread. */
import {Worker} from 'node:worker_threads';
import type {SyncResult} from './sync-files.js';
import type {SyncWork} from './sync-worker.js';

export type WorkerSync = {
	readonly result: Promise<SyncResult>;
	/** Ends the thread at once; `result` then rejects. A transaction it was in is rolled back by SQLite. */
	readonly stop: () => void;
};

/** Starts `workerFile` (the built sync-worker.js) on `work`. */
export function syncInWorker(workerFile: string, work: SyncWork): WorkerSync {
	const worker = new Worker(workerFile, {workerData: work});
	// The reader may quit while a check runs: the thread must not keep the process alive.
	worker.unref();
	const result = new Promise<SyncResult>((resolve, reject) => {
		worker.once('message', (message: {type: 'done'; result: SyncResult} | {type: 'failed'; message: string}) => {
			if (message.type === 'done') {
				resolve(message.result);
			} else {
				reject(new Error(message.message));
			}
		});
		worker.once('error', reject);
		worker.once('exit', code => {
			reject(new Error(`the check stopped (${code})`));
		});
	});
	return {
		result,
		stop() {
			void worker.terminate();
		},
	};
}
