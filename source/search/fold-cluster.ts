/**
The folding rules, applied to one cluster (a base character with its combining marks).

Everything search compares goes through here: NFKC (full-width `５Ｇ` = `5G`, `㎏` = `kg`, `ﬁ` = `fi`,
composed accents), Traditional → Simplified, then lower case. Each output code unit says whether it
came from an upper-case letter, which is how smart case matches case-sensitively on folded text.
*/
import {foldHan} from './han-fold.js';

/** Folded text of one cluster, with `upper[k]` true where unit k came from an upper-case letter. */
export type FoldedCluster = {readonly text: string; readonly upper: readonly boolean[]};

const loneSurrogate = /\p{Cs}/u;

function lowerCodePoint(codePoint: string): {text: string; upper: boolean} {
	const lower = codePoint.toLowerCase();
	// Full case folding, where it changes the length, would break the one-to-one link between
	// a term's letters and the text's; keep such rare letters (İ) as they are.
	if (lower.length !== codePoint.length) {
		return {text: codePoint, upper: false};
	}

	const upper = lower !== codePoint;
	// Case folding proper, beyond lower-casing: ß and ẞ match `ss`, final sigma matches sigma.
	if (lower === 'ß') {
		return {text: 'ss', upper};
	}

	return {text: lower === 'ς' ? 'σ' : lower, upper};
}

/** Fold one cluster. A lone surrogate becomes U+FFFD, which keeps its length. */
export function foldCluster(cluster: string): FoldedCluster {
	if (loneSurrogate.test(cluster)) {
		return {text: '\uFFFD'.repeat(cluster.length), upper: Array.from({length: cluster.length}, () => false)};
	}

	let text = '';
	const upper: boolean[] = [];
	for (const codePoint of cluster.normalize('NFKC')) {
		for (const han of foldHan(codePoint)) {
			const lowered = lowerCodePoint(han);
			text += lowered.text;
			for (let unit = 0; unit < lowered.text.length; unit++) {
				upper.push(lowered.upper);
			}
		}
	}

	return {text, upper};
}
