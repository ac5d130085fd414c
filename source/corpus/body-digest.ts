/** A fingerprint of an article body, for finding duplicate bodies without keeping or re-reading them. */
import {Buffer} from 'node:buffer';
import {createHash} from 'node:crypto';
import type {BodySource} from '../article/parse-article.js';

/** How much of a body is looked at to tell an empty one: a body blank this far counts as empty. */
const startLength = 256;

/** The first 256 characters of a body: its tail's first 1,024 bytes hold them whole. */
function bodyStart(body: BodySource): string {
	return (body.head.length >= startLength ? body.head : body.head + Buffer.from(body.tail.slice(0, 4 * startLength), 'latin1').toString('utf8')).slice(0, startLength);
}

/**
The SHA-256 of a body's UTF-8 bytes (base64, 43 characters), or null for a body blank at its start,
which is no evidence of a duplicate. Equal texts give equal digests whichever part of them was
decoded: the tail's latin1 characters are its UTF-8 bytes.

@example
bodyDigest({head: '<p>正文</p>', tail: ''}) === bodyDigest({head: '<p>', tail: Buffer.from('正文</p>').toString('latin1')}) // true
*/
export function bodyDigest(body: BodySource): string | null {
	if (/^\s*$/.test(bodyStart(body))) {
		return null;
	}

	// Unpadded: the digest's length is fixed, the padding carries nothing.
	return createHash('sha256').update(body.head, 'utf8').update(body.tail, 'latin1').digest('base64').slice(0, 43);
}
