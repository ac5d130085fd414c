import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';

/** The repository's root folder. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The built command-line entry point; `npm run build` makes it. */
export const cliPath = path.join(repoRoot, 'dist', 'cli.js');

/** The shared corpus beside the clone (absent on machines without it: tests must skip). */
export const corpusPath = path.resolve(repoRoot, '../shared/corpus');

/** The stand-in full-screen program the harness tests and benchmark dry runs drive. */
export const fakeAppPath = path.join(repoRoot, 'test', 'helpers', 'fixtures', 'fake-app.mjs');

/**
The environment that makes the reader crash from outside its code (see crash-hook.mjs): `render`
throws from the frame's write once the reader pane has focus, `input` from reading an `x` key.
*/
export const crashHook = (mode: 'render' | 'input'): Record<string, string> => ({
	NODE_OPTIONS: `--import=${pathToFileURL(path.join(repoRoot, 'test', 'helpers', 'crash-hook.mjs')).href}`,
	CRASH_HOOK: mode,
});
