/**
OSC 8 hyperlinks (https://gist.github.com/egmontkob/eb114294efbcd5adb1944c9f3cb5feda): text a
terminal shows as a link to a URL, clickable where the terminal supports it and plain text elsewhere.
*/

/**
`url` as a hyperlink's target, or null when it must not be one: only absolute http and https URLs, as
the URL parser writes them (it percent-encodes spaces, non-ASCII and control characters), and then
only if every character is printable ASCII. So no ESC, BEL, ST or other control ever goes inside the
escape sequence, and no `file:` or `javascript:` target is ever clickable.

@example
hyperlinkTarget('https://例子.cn/新闻 1') //=> 'https://xn--fsqu00a.cn/%E6%96%B0%E9%97%BB%201'
hyperlinkTarget('javascript:alert(1)') //=> null
*/
export function hyperlinkTarget(url: string): string | null {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return null;
	}

	if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
		return null;
	}

	return /^[\u0021-\u007E]+$/.test(parsed.href) ? parsed.href : null;
}

/**
`text` as a hyperlink to `target` (from `hyperlinkTarget`). Pieces of one link on different lines
carry the same `id`, so the terminal takes them as one link (hovering one underlines all). Ended by
BEL rather than ST: Ink's tokenizer (@alcalzone/ansi-tokenize) reads only BEL-ended OSC 8.

@example
hyperlink('报道', 'https://a.cn/', 'corpus-reader-2')
//=> '\u001B]8;id=corpus-reader-2;https://a.cn/\u0007报道\u001B]8;;\u0007'
*/
export function hyperlink(text: string, target: string, id: string): string {
	return `\u001B]8;id=${id};${target}\u0007${text}\u001B]8;;\u0007`;
}
