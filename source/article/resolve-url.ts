/** Making the links and image sources of an article absolute. */

const schemeLike = /^[a-z][a-z\d+.-]*:/i;

/**
Resolves `reference` (as written in the HTML, entities already decoded) against the article URL.

Returns an absolute URL, or '' when there is nothing usable: an empty reference, a `data:` or
`javascript:` URL, a relative reference with no base, or one the URL parser rejects.
Protocol-relative references (`//host/x`) take `https:` when there is no base.

@example
resolveUrl('/a.jpg', 'https://www.rfi.fr/cn/x') // 'https://www.rfi.fr/a.jpg'
*/
export function resolveUrl(reference: string, base: string | null): string {
	const trimmed = reference.trim();
	if (trimmed === '' || /^(?:data|javascript|about|blob):/i.test(trimmed)) {
		return '';
	}

	// Fragments are anchors inside the original page, which the reader does not have.
	if (trimmed.startsWith('#')) {
		return '';
	}

	const effectiveBase = base ?? (trimmed.startsWith('//') ? 'https://invalid/' : null);
	if (effectiveBase === null && !schemeLike.test(trimmed)) {
		return '';
	}

	try {
		return new URL(trimmed, effectiveBase ?? undefined).href;
	} catch {
		return '';
	}
}

/** The first URL of a `srcset` value (`a.jpg 1x, b.jpg 2x` or `a.jpg 300w, ...`). */
export function firstSrcsetUrl(srcset: string): string {
	const first = srcset.trim().split(/,\s+/)[0] ?? '';
	return first.trim().split(/\s+/)[0] ?? '';
}
