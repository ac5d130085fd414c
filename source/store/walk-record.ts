/**
What the last complete walk saw, kept so that the next run can tell in a few thousand stats that
walking again would find the same files: the stamp of every argument, folder and broken link, the
problems found, and the folders to watch.

A folder's mtime moves when an entry is added, removed or renamed, which is how feed fetchers and
unzipping change an archive; a file rewritten in place moves only its own. So this quick check
answers commands, and a full check (every file's stat: `check`, and the reader in the background)
catches edits in place.
*/
import type Database from 'better-sqlite3';
import type {Problem} from '../corpus/corpus.js';
import {Buffer} from 'node:buffer';
import {stampNow, type FoundFiles, type PathStamp, type StampedPath} from '../corpus/find-files.js';
import {racyMargin} from './file-row.js';

export type WalkRecord = {
	/** When the walk began (ms since the epoch). */
	readonly at: number;
	readonly stamps: readonly StampedPath[];
	readonly problems: readonly Problem[];
	readonly folders: readonly string[];
	/** False when a file was read too soon after it changed: its row must be read again, so the next run walks. */
	readonly settled: boolean;
};

const kinds = new Set(['skipped', 'ignored', 'degraded']);

const isStamp = (value: unknown): value is PathStamp => typeof value === 'object' && value !== null
	&& ['size', 'mtimeMs', 'ctimeMs', 'ino', 'dev'].every(key => typeof (value as Record<string, unknown>)[key] === 'number');

const isProblem = (value: unknown): value is Problem => typeof value === 'object' && value !== null
	&& typeof (value as Problem).path === 'string' && typeof (value as Problem).reason === 'string' && kinds.has((value as Problem).kind);

/** The record as JSON for `meta`. */
export function walkRecord(at: number, found: FoundFiles, problems: readonly Problem[], settled: boolean): string {
	return JSON.stringify({at, stamps: found.stamps ?? [], problems, folders: found.folders ?? [], settled});
}

/** The record `meta` holds, or null when there is none or it is not one (the index is a cache: anything odd means walk again). */
export function readWalkRecord(db: Database.Database): WalkRecord | null {
	const text: unknown = db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get('walk');
	if (typeof text !== 'string') {
		return null;
	}

	try {
		const value = JSON.parse(text) as Partial<WalkRecord>;
		const {at, stamps, problems, folders, settled} = value;
		if (typeof at !== 'number' || typeof settled !== 'boolean' || !Array.isArray(stamps) || !Array.isArray(problems) || !Array.isArray(folders)
			|| !stamps.every(entry => Array.isArray(entry) && typeof entry[0] === 'string' && (entry[1] === null || isStamp(entry[1])) && (entry.length === 2 || (entry.length === 3 && typeof entry[2] === 'string')))
			|| !problems.every(problem => isProblem(problem)) || !folders.every(folder => typeof folder === 'string')) {
			return null;
		}

		return {at, stamps, problems, folders, settled};
	} catch {
		return null;
	}
}

const sameStamp = (a: PathStamp | null, b: PathStamp | null): boolean => (a === null || b === null ? a === b
	: a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino && a.dev === b.dev);

/**
Whether every path of `record` has the stamp it had, each old enough to be trusted (a folder
changed within the same timestamp tick as the walk could change again unseen).
*/
export function walkUnchanged(record: WalkRecord): boolean {
	const trustedBefore = record.at - racyMargin;
	return record.settled && record.stamps.every(([file, stamp, real]) => (stamp === null || (stamp.mtimeMs < trustedBefore && stamp.ctimeMs < trustedBefore))
		&& sameStamp(stamp, stampNow(real === undefined ? file : Buffer.from(real, 'hex'))));
}
