import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

let root: string | undefined;

/**
The installed package's folder: the nearest one above this module with corpus-reader's package.json.
Found by looking rather than by a fixed number of `..`, because the build bundles modules into files
at other depths than tsc's.
*/
export function packageRoot(): string {
	if (root !== undefined) {
		return root;
	}

	let folder = path.dirname(fileURLToPath(import.meta.url));
	for (;;) {
		try {
			const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8')) as {name?: string};
			if (manifest.name === 'corpus-reader') {
				root = folder;
				return folder;
			}
		} catch {
			// No package.json here: keep looking above.
		}

		const parent = path.dirname(folder);
		if (parent === folder) {
			throw new Error('cannot find the corpus-reader package folder');
		}

		folder = parent;
	}
}

/** The package's version, from its package.json. */
export function packageVersion(): string {
	const manifest = JSON.parse(fs.readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as {version: string};
	return manifest.version;
}
