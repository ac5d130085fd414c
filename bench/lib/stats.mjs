/**
 * The value below which `fraction` of the samples fall (nearest-rank method, so every result
 * is a measured sample, never an interpolation).
 *
 * @param {number[]} samples
 * @param {number} fraction between 0 and 1
 */
export function percentile(samples, fraction) {
	if (samples.length === 0) {
		return Number.NaN;
	}

	const sorted = [...samples].sort((a, b) => a - b);
	const rank = Math.max(1, Math.ceil(fraction * sorted.length));
	return sorted[rank - 1];
}

/**
 * Median, 95th percentile and extremes of some timings.
 *
 * @param {number[]} samples
 * @returns {{count: number, median: number, p95: number, min: number, max: number}}
 */
export function summarize(samples) {
	return {
		count: samples.length,
		median: percentile(samples, 0.5),
		p95: percentile(samples, 0.95),
		min: Math.min(...samples),
		max: Math.max(...samples),
	};
}

/**
 * One line of figures, e.g. `median 12.3 ms  p95 20.1 ms  (min 9.8, max 31.0, n=200)`.
 *
 * @param {number[]} samples in milliseconds
 */
export function formatTimings(samples) {
	if (samples.length === 0) {
		return 'no samples';
	}

	const {count, median, p95, min, max} = summarize(samples);
	const ms = value => value.toFixed(1);
	return `median ${ms(median)} ms  p95 ${ms(p95)} ms  (min ${ms(min)}, max ${ms(max)}, n=${count})`;
}
