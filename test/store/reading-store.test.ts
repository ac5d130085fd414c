import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import Database from 'better-sqlite3';
import {ReadingStore} from '../../source/store/reading-store.js';
import {stateFile} from '../../source/store/state-location.js';
import {readingKey} from '../../source/corpus/reading-key.js';

let folder: string;
let file: string;

beforeEach(() => {
	folder = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-reader-state-'));
	file = path.join(folder, 'state', 'state.sqlite');
});

afterEach(() => {
	fs.rmSync(folder, {recursive: true, force: true});
});

describe('where the reading state lives', () => {
	test.each([
		[{CORPUS_READER_STATE_DIR: '/x/y'}, '/x/y/state.sqlite'],
		[{XDG_STATE_HOME: '/s'}, '/s/corpus-reader/state.sqlite'],
		// Relative or empty: ignored, as the XDG spec says.
		[{XDG_STATE_HOME: 'relative'}, path.join(os.homedir(), '.local', 'state', 'corpus-reader', 'state.sqlite')],
		[{CORPUS_READER_STATE_DIR: '', XDG_STATE_HOME: ''}, path.join(os.homedir(), '.local', 'state', 'corpus-reader', 'state.sqlite')],
		[{CORPUS_READER_STATE: '0', CORPUS_READER_STATE_DIR: '/x/y'}, null],
	])('%j → %s', (environment, expected) => {
		expect(stateFile(environment)).toBe(expected);
	});
});

describe('an article is known by its URL, else its body, and only then its path', () => {
	test.each([
		['https://a.org/1', 'digest', 'x/1.md', 'https://a.org/1'],
		[null, 'digest', 'x/1.md', 'body:digest'],
		['', 'digest', 'x/1.md', 'body:digest'],
		[null, null, 'x/1.md', 'path:x/1.md'],
	])('(%s, %s, %s) → %s', (url, digest, id, expected) => {
		expect(readingKey(url, digest, id)).toBe(expected);
	});
});

describe('the reading state on disk', () => {
	test('is created private, and keeps marks, positions, the place and the searches across opening', () => {
		const {store, notice} = ReadingStore.open(file);
		expect(notice).toBeNull();
		store.setRead('a', true);
		store.setStarred('b', true);
		store.setPosition('a', 12, 80);
		store.setPlace('corpus', {selected: '003.md', filter: '香港'});
		store.addSearch('北京');
		store.addSearch('香港');
		store.close();
		expect(fs.statSync(file).mode & 0o777).toBe(0o600);
		expect(fs.statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
		const again = ReadingStore.open(file).store;
		expect(again.marks('a')).toEqual({read: true, starred: false, line: 12, lines: 80});
		expect(again.isStarred('b')).toBe(true);
		expect(again.isRead('b')).toBe(false);
		expect(again.place('corpus')).toEqual({selected: '003.md', filter: '香港'});
		expect(again.place('another')).toEqual({selected: null, filter: null});
		expect(again.searches()).toEqual(['北京', '香港']);
		expect([...again.keysWith('read')]).toEqual(['a']);
		again.close();
	});

	test('two instances at once both keep their changes, field by field', () => {
		const one = ReadingStore.open(file).store;
		const two = ReadingStore.open(file).store;
		one.setRead('same', true);
		two.setStarred('same', true);
		one.setStarred('first', true);
		two.setRead('second', true);
		one.close();
		two.close();
		const after = ReadingStore.open(file).store;
		expect(after.marks('same')).toMatchObject({read: true, starred: true});
		expect(after.isStarred('first')).toBe(true);
		expect(after.isRead('second')).toBe(true);
		after.close();
	});

	test('A file that is not a database is set aside under a new name, with one line to say so, and a new one started', () => {
		fs.mkdirSync(path.dirname(file), {recursive: true});
		fs.writeFileSync(file, 'not a database, but the user\'s bytes all the same '.repeat(100));
		const {store, notice} = ReadingStore.open(file, new Date('2026-12-02T15:04:05Z'));
		expect(notice).toMatch(/^the reading state could not be used \(.+\): set aside as .+state\.sqlite\.unusable-2026-12-02T15-04-05, starting a new one$/);
		expect(notice).not.toContain('\n');
		const aside = `${file}.unusable-2026-12-02T15-04-05`;
		expect(fs.readFileSync(aside, 'utf8')).toContain('the user\'s bytes');
		store.setRead('a', true);
		store.close();
		expect(ReadingStore.open(file).store.isRead('a')).toBe(true);
	});

	test('a file of another version is set aside too, never read as this one or wiped', () => {
		fs.mkdirSync(path.dirname(file), {recursive: true});
		const other = new Database(file);
		other.pragma('user_version = 99');
		other.close();
		const {notice} = ReadingStore.open(file, new Date('2026-12-02T15:04:05Z'));
		expect(notice).toContain('another version of corpus-reader (99)');
		expect(fs.existsSync(`${file}.unusable-2026-12-02T15-04-05`)).toBe(true);
	});

	test('a folder that cannot be made keeps the state in memory, with one line to say so', () => {
		const blocked = path.join(folder, 'a-file');
		fs.writeFileSync(blocked, '');
		const {store, notice} = ReadingStore.open(path.join(blocked, 'state.sqlite'));
		expect(store.file).toBeNull();
		expect(notice).toMatch(/^cannot keep the reading state in .+: nothing read is remembered this time$/);
		store.setRead('a', true);
		expect(store.isRead('a')).toBe(true);
	});

	test('the plain commands read it as it is and never create one', () => {
		const none = ReadingStore.openToRead(file);
		expect(none.isRead('a')).toBe(false);
		expect(fs.existsSync(file)).toBe(false);
		const {store} = ReadingStore.open(file);
		store.setStarred('a', true);
		store.close();
		expect(ReadingStore.openToRead(file).keysWith('starred').has('a')).toBe(true);
	});
});
