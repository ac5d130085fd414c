/**
Copying strings out of the body they were cut from.

V8 represents a slice of 13 or more characters as a view into its parent string, so one kept run of
a paragraph, or one cached class name, would keep its whole body (kilobytes, often two bytes a
character) alive long after parsing. Parsed articles must hold only their own text.
*/

/**
Returns a string equal to `text` that shares no storage with the string it was sliced from.

Concatenation builds a new flat string when it is sliced, so the result points into that copy
(one character longer), not into the original body.

@example
detachString(body.slice(10, 400)) === body.slice(10, 400) // true, but body may now be collected
*/
export function detachString(text: string): string {
	// Short strings are always copied by V8 anyway.
	return text.length < 13 ? text : (' ' + text).slice(1);
}
