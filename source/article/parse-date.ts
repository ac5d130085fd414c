/**
The date forms of the corpus, each to epoch milliseconds.

Zones were checked against the feed timestamps of the same files: RFI's `DD/MM/YYYY - HH:MM` is
Paris time; NYT's `YYYY-MM-DD HH:MM:SS` runs 7–8 hours ahead of the feed as UTC, so it is Beijing
time (UTC+8, no DST since 1991); Reuters' `YYYY-MM-DDTHH:MM:SS` without a zone is UTC.
*/

const isoWithZone = /^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)$/i;
const isoWithoutZone = /^(\d{4})-(\d\d)-(\d\d)([T ])(\d\d):(\d\d)(?::(\d\d)(?:\.(\d+))?)?$/;
const rfc2822 = /^(?:[A-Z][a-z]{2},\s*)?\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}\s+\d\d:\d\d(?::\d\d)?\s*(?:GMT|UTC|UT|Z|[+-]\d{4})?$/;
const chineseDate = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/;
const rfiDate = /^(\d\d)\/(\d\d)\/(\d{4})\s*-\s*(\d\d):(\d\d)$/;
const chinaOffset = 8 * 3_600_000;

const hour = 3_600_000;

/** The last Sunday of a month, 01:00 UTC: when the EU changes its clocks (the rule since 1996). */
function lastSundayOneUtc(year: number, month: number): number {
	const lastDay = new Date(Date.UTC(year, month + 1, 0));
	return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

/**
Milliseconds Paris is ahead of UTC at the instant `utc`: CET (+1) in winter, CEST (+2) from the last
Sunday of March to the last Sunday of October. Computed, not asked of Intl: building a time-zone
formatter costs more than the rest of `print` together.
*/
function parisOffset(utc: number): number {
	const year = new Date(utc).getUTCFullYear();
	const summer = utc >= lastSundayOneUtc(year, 2) && utc < lastSundayOneUtc(year, 9);
	return summer ? 2 * hour : hour;
}

/** Paris wall-clock time to epoch ms, right on both sides of a DST change. */
export function parisTime(year: number, month: number, day: number, hour: number, minute: number): number {
	const wall = Date.UTC(year, month - 1, day, hour, minute);
	// The offset at the guess can be the wrong side of a change; the second look settles it.
	const first = wall - parisOffset(wall);
	return wall - parisOffset(first);
}

function valid(ms: number): number | null {
	return Number.isFinite(ms) ? ms : null;
}

/**
Parses one date as the corpus writes it: ISO 8601 (with a zone; without one `T` means UTC and a
space means Beijing time), RFC 2822 (`Mon, 20 Jul 2020 19:22:03 GMT`, `… +0000`), `2020年 7月 20日`
(midnight UTC) and RFI's `20/07/2020 - 14:11` (Paris). Returns null for anything else.
*/
export function parseDateText(input: string): number | null {
	const text = input.trim();
	if (isoWithZone.test(text) || rfc2822.test(text)) {
		return valid(Date.parse(text));
	}

	const iso = isoWithoutZone.exec(text);
	if (iso) {
		const [, year, month, day, separator, hour, minute, second, fraction] = iso;
		const ms = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second ?? 0), Number((fraction ?? '0').slice(0, 3).padEnd(3, '0')));
		return valid(separator === ' ' ? ms - chinaOffset : ms);
	}

	const chinese = chineseDate.exec(text);
	if (chinese) {
		return valid(Date.UTC(Number(chinese[1]), Number(chinese[2]) - 1, Number(chinese[3])));
	}

	const rfi = rfiDate.exec(text);
	if (rfi) {
		return valid(parisTime(Number(rfi[3]), Number(rfi[2]), Number(rfi[1]), Number(rfi[4]), Number(rfi[5])));
	}

	return null;
}
