import {fileURLToPath} from 'node:url';

/** The bundled `seeds/` folder, found beside the installed package, never relative to the working directory. */
export function seedsFolder(): string {
	// This file is dist/commands/seeds.js once built: the package root is two levels up.
	return fileURLToPath(new URL('../../seeds', import.meta.url));
}
