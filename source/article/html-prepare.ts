/**
Repairs applied to a body's HTML before parsing.

The archives trimmed every source line and joined them, which glued some tag names to their first
attribute (`<divclass="x"`). An HTML parser reads that as an unknown `divclass` element, and a
parser that then fails on the rest can leak the tag as text; splitting the two is safe because a
real tag name is never followed directly by `=`.
*/

const tagNames = [
	'div', 'img', 'a', 'p', 'span', 'section', 'article', 'figure', 'figcaption', 'iframe', 'video', 'audio',
	'source', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'strong', 'em', 'b', 'i',
	'small', 'table', 'tr', 'td', 'th', 'br', 'hr', 'aside', 'header', 'footer', 'picture', 'script', 'style',
];

const attributeNames = [
	'class', 'id', 'style', 'src', 'srcset', 'href', 'alt', 'title', 'width', 'height', 'target', 'rel',
	'name', 'align', 'dir', 'lang', 'role', 'type', 'loading', 'sizes', String.raw`data-[\w-]+`, String.raw`aria-[\w-]+`,
];

// Longest names first so `<figure` wins over a shorter prefix.
const byLength = (a: string, b: string): number => b.length - a.length;
const gluedTag = new RegExp(
	`<(${[...tagNames].sort(byLength).join('|')})(${[...attributeNames].sort(byLength).join('|')})=`,
	'gi',
);

// The feedx.net footer: `<hr><div>获取更多RSS：<br><a href="https://feedx.net">…`, always last.
const feedFooter = /(?:<br\s*\/?>\s*)*(?:<hr\s*\/?>\s*)?<div>\s*获取更多RSS[\s\S]*$/;

/**
Returns the body HTML with glued tag names split from their attributes and the feed footer cut.

@example
prepareHtml('<divclass="x">a</div>') // '<div class="x">a</div>'
*/
export function prepareHtml(html: string): string {
	const split = html.replace(gluedTag, '<$1 $2=');
	// The footer's fixed words are found far faster than the pattern is tried at every `<`.
	return split.includes('获取更多RSS') ? split.replace(feedFooter, '') : split;
}
