import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		testTimeout: 30_000,
		hookTimeout: 60_000,
		// Terminal tests spawn real processes; two cores cannot run many at once.
		maxWorkers: 2,
	},
});
