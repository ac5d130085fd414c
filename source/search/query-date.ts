/**
Dates in `after:` and `before:`: `2020-07-01`, `2020/7/1`, `2020-07` or `2020`, at local midnight.

Local time because that is the calendar the person typing it lives in, and the reader shows dates in it.
*/

const datePattern = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/;

/**
The first millisecond (local time) of the day, month or year `text` names, or null when it names none.

@example
parseQueryDate('2020-07-01') === new Date(2020, 6, 1).getTime(); //=> true
parseQueryDate('2020-02-30'); //=> null
*/
export function parseQueryDate(text: string): number | null {
	const match = datePattern.exec(text);
	if (!match) {
		return null;
	}

	const year = Number(match[1]);
	const month = match[2] === undefined ? 1 : Number(match[2]);
	const day = match[3] === undefined ? 1 : Number(match[3]);
	const date = new Date(year, month - 1, day);
	// `Date` rolls 2020-02-30 over to March; a date that does not round-trip does not exist.
	if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) {
		return null;
	}

	return date.getTime();
}
