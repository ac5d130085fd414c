/** Dates as the list and the reader show them, in the user's local time zone (`TZ` decides). */

const pad = (n: number): string => String(n).padStart(2, '0');

/** `2022-06-15 21:48`, or `----------  --:--` padded to the same width when there is no date. */
export function formatDateTime(epochMs: number | null): string {
	if (epochMs === null) {
		return '---------- --:--';
	}

	const d = new Date(epochMs);
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** `06-15 21:48`: the compact form for lists over a single year. */
export function formatShortDateTime(epochMs: number | null): string {
	return formatDateTime(epochMs).slice(5);
}

/** ISO 8601 in UTC for machine output, or null. */
export function formatIsoDate(epochMs: number | null): string | null {
	return epochMs === null ? null : new Date(epochMs).toISOString();
}
