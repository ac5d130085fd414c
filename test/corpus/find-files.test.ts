import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {findFiles} from '../../source/corpus/find-files.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const sharedCorpus = path.resolve(repoRoot, '../shared/corpus');

let root: string;

beforeAll(() => {
	root = fs.mkdtempSync(path.join(os.tmpdir(), 'find-sync-'));
	const write = (relative: string, content = '<p>x</p>'): void => {
		fs.mkdirSync(path.dirname(path.join(root, relative)), {recursive: true});
		fs.writeFileSync(path.join(root, relative), content);
	};

	for (const name of ['a/b/2.md', 'a/b/10.md', 'a/B/1.md', 'a/z.md', 'a/.hidden/x.md', 'a/.dot.md', 'a/weird/a\nb.md', 'a/weird/中文 名.md', 'other/1.md']) {
		write(name);
	}

	fs.symlinkSync('..', path.join(root, 'a/weird/loop'));
	fs.symlinkSync(path.join(root, 'nowhere'), path.join(root, 'a/weird/broken'));
	fs.symlinkSync(path.join(root, 'other'), path.join(root, 'a/linked'));
	fs.symlinkSync(path.join(root, 'a/z.md'), path.join(root, 'a/weird/link.md'));
	fs.mkdirSync(path.join(root, 'a/locked'));
	fs.chmodSync(path.join(root, 'a/locked'), 0);
	try {
		execFileSync('mkfifo', [path.join(root, 'a/weird/fifo')]);
	} catch {
		// No mkfifo: the FIFO case is simply not exercised.
	}
});

afterAll(() => {
	fs.chmodSync(path.join(root, 'a/locked'), 0o755);
	fs.rmSync(root, {recursive: true, force: true});
});

/** The files and problems of a walk, without the folders it walked. */
function walked(paths: readonly string[]): {files: unknown; problems: unknown} {
	const {files, problems} = findFiles(paths);
	return {files, problems};
}

describe('findFiles', () => {
	const file = (relative: string, id: string, explicit = false) => ({path: path.join(root, relative), id, explicit});
	const problem = (relative: string, reason: string, kind: 'ignored' | 'skipped') => ({path: path.join(root, relative), reason, kind});
	// Built in the tests: the fixture folder exists only once beforeAll has run.
	const folderA = () => ({
		files: [
			file('a/B/1.md', 'B/1.md'),
			file('a/b/10.md', 'b/10.md'),
			file('a/b/2.md', 'b/2.md'),
			// A link to a folder is followed; a link back up (weird/loop) is walked only once.
			file('a/linked/1.md', 'linked/1.md'),
			file('a/weird/a\nb.md', 'weird/a\nb.md'),
			file('a/weird/link.md', 'weird/link.md'),
			file('a/weird/中文 名.md', 'weird/中文 名.md'),
			file('a/z.md', 'z.md'),
		],
		problems: [
			problem('a/.dot.md', 'hidden', 'ignored'),
			problem('a/.hidden', 'hidden', 'ignored'),
			problem('a/weird/broken', 'broken symbolic link (no such file or directory)', 'ignored'),
			...(fs.existsSync(path.join(root, 'a/weird/fifo')) ? [problem('a/weird/fifo', 'not a regular file', 'ignored')] : []),
		],
	});

	it('walks a folder with hidden entries, links, loops, a FIFO and a locked folder, in name order', () => {
		expect(walked([path.join(root, 'a')])).toEqual(folderA());
	});

	it('walks a folder given twice, or reached again through a link, only once', () => {
		expect(walked(['a', 'a', 'other'].map(item => path.join(root, item)))).toEqual(folderA());
	});

	it('reports missing paths and special files given as arguments', () => {
		const found = walked(['a/z.md', 'missing', 'a/weird/broken'].map(item => path.join(root, item)));
		expect(found).toEqual({
			files: [file('a/z.md', 'z.md', true)],
			problems: [problem('missing', 'no such file or directory', 'skipped'), problem('a/weird/broken', 'no such file or directory', 'skipped')],
		});
	});

	it('never opens a FIFO given as an argument', () => {
		if (!fs.existsSync(path.join(root, 'a/weird/fifo'))) {
			return;
		}

		expect(findFiles([path.join(root, 'a/weird/fifo')]).problems).toEqual([problem('a/weird/fifo', 'not a regular file', 'skipped')]);
	});

	it('finds nothing for no arguments', () => {
		expect(findFiles([])).toEqual({files: [], problems: [], folders: [], stamps: []});
	});

	it('stamps each argument, folder and broken link it decided by, a path it could not stat as null', () => {
		const root = fs.mkdtempSync(path.join(os.tmpdir(), 'find-stamps-'));
		fs.mkdirSync(path.join(root, 'inner'));
		fs.writeFileSync(path.join(root, 'inner', 'a.md'), 'x');
		fs.symlinkSync(path.join(root, 'nowhere'), path.join(root, 'broken'));
		const missing = path.join(root, 'missing');
		const file = path.join(root, 'inner', 'a.md');
		const {stamps} = findFiles([root, missing, file]);
		expect(stamps?.map(([name, stamp]) => [path.relative(root, name), stamp === null ? null : stamp.ino])).toEqual([
			['', fs.statSync(root).ino], ['broken', null], ['inner', fs.statSync(path.join(root, 'inner')).ino], ['missing', null], ['inner/a.md', fs.statSync(file).ino],
		]);
		fs.rmSync(root, {recursive: true, force: true});
	});

	it('finds every file under a folder, ids relative to it, in name order', () => {
		const {files} = findFiles([path.join(root, 'other')]);
		expect(files).toEqual([{path: path.join(root, 'other/1.md'), id: '1.md', explicit: false}]);
	});

	it.skipIf(!fs.existsSync(sharedCorpus))('finds all 1,572 files of the shared corpus, none of them a problem', () => {
		const {files, problems} = findFiles([sharedCorpus]);
		expect(files).toHaveLength(1572);
		expect(problems).toEqual([]);
		expect(new Set(files.map(found => found.id)).size).toBe(files.length);
	});
});
