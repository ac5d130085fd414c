import path from 'node:path';
import {packageRoot} from './package-root.js';

/** The bundled `seeds/` folder, found beside the installed package, never relative to the working directory. */
export function seedsFolder(): string {
	return path.join(packageRoot(), 'seeds');
}
