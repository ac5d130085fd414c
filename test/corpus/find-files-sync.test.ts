import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {findFiles} from '../../source/corpus/find-files.js';
import {findFilesSync} from '../../source/corpus/find-files-sync.js';

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

describe('findFilesSync', () => {
	it.each([
		['a folder with hidden entries, links, loops, a FIFO and a locked folder', ['a']],
		['a folder given twice and one inside it', ['a', 'a', 'other']],
		['files, missing paths and special files as arguments', ['a/z.md', 'missing', 'a/weird/fifo', 'a/weird/broken']],
		['no arguments', []],
	])('finds what findFiles finds: %s', async (_name, relative) => {
		const arguments_ = relative.map(item => path.join(root, item));
		const expected = await findFiles(arguments_);
		expect(findFilesSync(arguments_)).toEqual(expected);
		expect(expected.files.length + expected.problems.length).toBeGreaterThanOrEqual(relative.length > 0 ? 1 : 0);
	});

	it('finds every file under a folder, ids relative to it, in name order', () => {
		const {files} = findFilesSync([path.join(root, 'other')]);
		expect(files).toEqual([{path: path.join(root, 'other/1.md'), id: '1.md', explicit: false}]);
	});

	it.skipIf(!fs.existsSync(sharedCorpus))('finds what findFiles finds in the shared corpus', async () => {
		expect(findFilesSync([sharedCorpus])).toEqual(await findFiles([sharedCorpus]));
	});
});
