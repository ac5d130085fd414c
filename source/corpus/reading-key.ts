/**
What the reading state knows an article by: its URL where it has one, else its body's digest, and
only as a last resort its path. Not the path first: a moved or renamed archive keeps its read marks,
and the copies of one article (same URL, or same body) share them, as they are one article to a reader.

@example
readingKey('https://www.rfi.fr/cn/1', 'abc…', 'a/1.txt') //=> 'https://www.rfi.fr/cn/1'
readingKey(null, 'abc…', 'a/1.txt') //=> 'body:abc…'
*/
export function readingKey(url: string | null, digest: string | null, id: string): string {
	if (url !== null && url !== '') {
		return url;
	}

	return digest === null ? `path:${id}` : `body:${digest}`;
}
