import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

/** The shared corpus beside the clone. */
export const sharedCorpus = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus');

const countFiles = async folder => {
	const entries = await fs.readdir(folder, {recursive: true, withFileTypes: true});
	return entries.filter(entry => entry.isFile()).length;
};

/**
 * Copies a corpus `copies` times into a fresh folder under the system's temporary folder, each
 * copy in its own subfolder (`copy-01`, `copy-02`, …), to benchmark against a corpus larger
 * than the real one. Call `remove()` when done, also on failure.
 *
 * @param {{source?: string, copies?: number, prefix?: string}} [options]
 * @returns {Promise<{folder: string, fileCount: number, remove: () => Promise<void>}>}
 *
 * @example
 * const corpus = await copyCorpus({copies: 10});
 * try { ... corpus.folder ... } finally { await corpus.remove(); }
 */
export async function copyCorpus({source = sharedCorpus, copies = 10, prefix = 'corpus-reader-bench-'} = {}) {
	await fs.access(source).catch(() => {
		throw new Error(`no corpus at ${source}`);
	});
	const folder = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
	const remove = () => fs.rm(folder, {recursive: true, force: true});
	try {
		for (let index = 1; index <= copies; index++) {
			await fs.cp(source, path.join(folder, `copy-${String(index).padStart(2, '0')}`), {recursive: true});
		}

		return {folder, fileCount: await countFiles(folder), remove};
	} catch (error) {
		await remove();
		throw error;
	}
}
