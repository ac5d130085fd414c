/**
Which elements of a body are boilerplate, not article: code, invisible elements, ads, promos and
share widgets. Their whole subtree is dropped.
*/
import {detachString} from './html-detach.js';

/** Elements whose content is never article text. */
const droppedTags = new Set([
	'script', 'style', 'noscript', 'svg', 'template', 'head', 'title', 'meta', 'link', 'button', 'form',
	'input', 'select', 'textarea', 'object', 'embed', 'canvas', 'map', 'math', 'nav', 'dialog',
]);

/**
Words of a class or id that mark a container as an ad, promo or share widget, matched against
whole words (`mpu-ad`, `bbccom_advert`, `dfp-ad-imu1`, `o-self-promo`), so `header`, `shadow`,
`download` or `social-embed` (embedded posts, which are content) survive.
*/
const boilerplateWords = new Set([
	'ad', 'ads', 'advert', 'adverts', 'advertisement', 'advertising', 'adsbygoogle', 'dfp', 'mpu',
	'promo', 'selfpromo', 'sponsor', 'sponsored', 'share', 'sharing', 'sharebar', 'sharetools',
	'interstitial',
]);

/** Screen-reader-only text (BBC's `off-screen` "Image caption") is not shown to sighted readers either. */
const hiddenClasses = new Set(['off-screen', 'offscreen', 'visually-hidden', 'sr-only', 'screen-reader-text', 'hidden']);

const boilerplateAttribute = /^data-(?:selfpromo|tms-ad|o-ads|ad-|google-query-id)/;

function scanForBoilerplate(value: string): boolean {
	for (const token of value.split(/\s+/)) {
		if (hiddenClasses.has(token.toLowerCase())) {
			return true;
		}

		for (const word of token.split(/[-_]+/)) {
			if (boilerplateWords.has(word.toLowerCase())) {
				return true;
			}
		}
	}

	return false;
}

// A corpus repeats a few hundred class and id values millions of times: splitting each one again
// was the costliest part of walking a body. Bounded, so hostile input cannot grow it without end.
const boilerplateCache = new Map<string, boolean>();
const boilerplateCacheSize = 4096;

function hasBoilerplateWord(value: string): boolean {
	const known = boilerplateCache.get(value);
	if (known !== undefined) {
		return known;
	}

	const found = scanForBoilerplate(value);
	if (boilerplateCache.size >= boilerplateCacheSize) {
		boilerplateCache.clear();
	}

	boilerplateCache.set(detachString(value), found);
	return found;
}

/**
Whether the element and everything inside it should be left out of the article.

@example
isDroppedElement('div', {id: 'dfp-ad-imu1'}) // true
isDroppedElement('div', {class: 'social-embed'}) // false
*/
export function isDroppedElement(name: string, attributes: Readonly<Record<string, string>>): boolean {
	if (droppedTags.has(name)) {
		return true;
	}

	if ('hidden' in attributes || attributes['aria-hidden'] === 'true') {
		return true;
	}

	const style = attributes['style'];
	if (style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) {
		return true;
	}

	for (const attribute of Object.keys(attributes)) {
		if (boilerplateAttribute.test(attribute)) {
			return true;
		}
	}

	const className = attributes['class'];
	const id = attributes['id'];
	return (className !== undefined && hasBoilerplateWord(className)) || (id !== undefined && hasBoilerplateWord(id));
}
