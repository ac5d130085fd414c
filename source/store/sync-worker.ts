/**
The background check in a thread of its own (see sync-in-worker.ts): opens the index file, syncs
it with the files, and posts the result. Its memory (157,000 stats and rows at a time) goes back to
the system when the thread ends, and the reader's thread never waits on a walk.
*/
import {parentPort, workerData} from 'node:worker_threads';
import {openExisting} from './open-database.js';
import {syncFiles} from './sync-files.js';

export type SyncWork = {
	readonly file: string;
	readonly roots: readonly string[];
	readonly full: boolean;
};

const work = workerData as SyncWork;
try {
	const db = openExisting(work.file);
	try {
		parentPort?.postMessage({type: 'done', result: syncFiles(db, work.roots, {full: work.full})});
	} finally {
		db.close();
	}
} catch (error) {
	parentPort?.postMessage({type: 'failed', message: error instanceof Error ? error.message : String(error)});
}
