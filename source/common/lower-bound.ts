/** Index of the first value in ascending `values` that is >= `value` (`values.length` when there is none). */
export function lowerBound(values: ArrayLike<number>, value: number): number {
	let low = 0;
	let high = values.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if ((values[middle] ?? 0) < value) {
			low = middle + 1;
		} else {
			high = middle;
		}
	}

	return low;
}
