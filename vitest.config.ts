import os from 'node:os';
import path from 'node:path';
import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		testTimeout: 30_000,
		hookTimeout: 60_000,
		// Terminal tests spawn real processes; two cores cannot run many at once.
		maxWorkers: 2,
		// Indexes made by the suite (and by the programs it starts) go to a folder of this run, never ~/.cache;
		// dates are shown in local time, and the expected screens are written in UTC, whatever the machine says.
		// No reading state is kept (a test that checks it names a folder of its own): else one test's reading
		// would select and dim articles in the next.
		env: {CORPUS_READER_CACHE_DIR: path.join(os.tmpdir(), `corpus-reader-test-cache-${process.pid}`), CORPUS_READER_STATE: '0', TZ: 'UTC'},
	},
});
