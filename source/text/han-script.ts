/**
Chinese text in Simplified or Traditional characters, by OpenCC's own tables and steps (opencc-js):
to Simplified as its `tw2s` does, to Traditional as its `s2tw` (Taiwan's standard forms, without its
word substitutions: the script changes, the wording stays). The steps are opencc-js's Trie run one
match at a time, so that each character of the result knows the span of the original it came from:
a search hit found in the text as written is highlighted in the converted text, even where a phrase
changes length (in UTF-16 units: `周𫖮` → `周顗`).

The tables load on first use; Traditional's phrase table is 1 MB and takes a few hundred ms to build.
*/
import {Trie} from 'opencc-js/core';
import compatibilityIdeographs from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import simplifiedPhrases from 'opencc-js/dict/STPhrases';
import regionalPhrases from 'opencc-js/dict/STPhrases_GeneratedFromRegionalPhrases';
import simplifiedCharacters from 'opencc-js/dict/STCharacters';
import taiwanVariantPhrases from 'opencc-js/dict/TWVariantsPhrases';
import taiwanVariants from 'opencc-js/dict/TWVariants';
import taiwanVariantPhrasesReversed from 'opencc-js/dict/TWVariantsRevPhrases';
import taiwanVariantsReversed from 'opencc-js/dict/TWVariantsRev';
import traditionalPhrases from 'opencc-js/dict/TSPhrases';
import traditionalCharacters from 'opencc-js/dict/TSCharacters';

/** How the reader shows Chinese text: as the file has it, or converted. */
export type Script = 'original' | 'simplified' | 'traditional';

/**
A converted text and, for each of its UTF-16 units, the span `[from, to)` of the original it came
from (a character converted alone maps to itself, a phrase whose length changed to the whole phrase).
`spans` is null when nothing changed.
*/
export type Converted = {readonly text: string; readonly spans: {readonly from: Int32Array; readonly to: Int32Array} | null};

/** One step of OpenCC's chain: a trie of its tables, longest match first (as `ConverterFactory` loads them). */
type Step = {readonly trie: Trie};

/** A text being converted, with the original span of each unit. */
type Tracked = {text: string; from: number[]; to: number[]};

const codePoints = (text: string): number => {
	let count = 0;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (code < 0xD800 || code > 0xDBFF) {
			count++;
		}
	}

	return count;
};

/** Arity of an Ideographic Description Character (⿰…): OpenCC leaves a whole description unconverted. */
function descriptionArity(code: number): number {
	if (code >= 0x2FF0 && code <= 0x2FF1) {
		return 2;
	}

	if (code >= 0x2FF2 && code <= 0x2FF3) {
		return 3;
	}

	return code >= 0x2FF4 && code <= 0x2FFF ? 2 : 0;
}

const unitsAt = (text: string, index: number): number => ((text.codePointAt(index) ?? 0) > 0xFFFF ? 2 : 1);

/** Where an ideographic description sequence starting at `index` ends, or 0 when none starts there (as opencc-js). */
function descriptionEnd(text: string, index: number): number {
	const arity = descriptionArity(text.codePointAt(index) ?? 0);
	if (arity === 0) {
		return 0;
	}

	let end = index + unitsAt(text, index);
	for (let part = 0; part < arity; part++) {
		if (end >= text.length) {
			return 0;
		}

		end = descriptionEnd(text, end) || end + unitsAt(text, end);
	}

	return end;
}

/** Units to copy unconverted at `index`: one code point, or a whole ideographic description. */
function unmatchedLength(text: string, index: number): number {
	const end = descriptionEnd(text, index);
	return end > index ? end - index : unitsAt(text, index);
}

const surrogates = /[\uD800-\uDFFF]/;

/** Appends `value`, the conversion of `source` units [start, end), with the spans its units come from. */
function append(out: Tracked, input: Tracked, start: number, end: number, value: string): void {
	out.text += value;
	const source = input.text.slice(start, end);
	if (value.length === end - start && !surrogates.test(value) && !surrogates.test(source)) {
		// The common case, unit for unit (most of the work: every character of a text passes here).
		for (let at = start; at < end; at++) {
			out.from.push(input.from[at] ?? 0);
			out.to.push(input.to[at] ?? 0);
		}

		return;
	}

	if (codePoints(value) === codePoints(source)) {
		// Character for character: each converted character maps to the one it replaces.
		let at = start;
		for (let index = 0; index < value.length;) {
			const units = unitsAt(value, index);
			const sourceUnits = unitsAt(input.text, at);
			for (let unit = 0; unit < units; unit++) {
				out.from.push(input.from[at] ?? 0);
				out.to.push(input.to[at + sourceUnits - 1] ?? 0);
			}

			index += units;
			at += sourceUnits;
		}

		return;
	}

	for (let index = 0; index < value.length; index++) {
		out.from.push(input.from[start] ?? 0);
		out.to.push(input.to[end - 1] ?? 0);
	}
}

/** One trie over a tracked text, as opencc-js's `Trie.convert`. */
function convertStep(input: Tracked, step: Step): Tracked {
	const out: Tracked = {text: '', from: [], to: []};
	const {text} = input;
	for (let index = 0; index < text.length;) {
		const match = step.trie.matchPrefix(text, index);
		if (match) {
			append(out, input, index, match.end, match.value);
			index = match.end;
		} else {
			const length = unmatchedLength(text, index);
			append(out, input, index, index + length, text.slice(index, index + length));
			index += length;
		}
	}

	return out;
}

const slice = (input: Tracked, start: number, end: number): Tracked => ({text: input.text.slice(start, end), from: input.from.slice(start, end), to: input.to.slice(start, end)});

/**
Segment boundaries as OpenCC's segmentation makes them: its phrases, longest first, each one segment,
and the runs between them. `phrases` holds phrases only; `isPhrase` tells a phrase from a single
character in a trie that holds both (every phrase table's key is two characters or more).
*/
function segmentEnds(text: string, trie: Trie, isPhrase: (length: number) => boolean): number[] {
	const ends: number[] = [];
	let unmatched = false;
	for (let index = 0; index < text.length;) {
		const match = trie.matchPrefix(text, index);
		if (match && isPhrase(codePoints(text.slice(index, match.end)))) {
			if (unmatched) {
				ends.push(index);
				unmatched = false;
			}

			ends.push(match.end);
			index = match.end;
		} else {
			unmatched = true;
			index += unmatchedLength(text, index);
		}
	}

	if (unmatched) {
		ends.push(text.length);
	}

	return ends;
}

type Pipeline = {
	readonly normalize: Step;
	/** The trie that segments, and whether a match of so many code points is a phrase of it. */
	readonly segmentation: {readonly trie: Trie; readonly isPhrase: (length: number) => boolean};
	readonly chain: readonly Step[];
};

function trieOf(...dictionaries: string[]): Trie {
	const trie = new Trie();
	trie.loadDictGroup(dictionaries);
	return trie;
}

const pipelines: {[S in Exclude<Script, 'original'>]?: Pipeline} = {};

function pipelineFor(script: Exclude<Script, 'original'>): Pipeline {
	const normalize = {trie: trieOf(compatibilityIdeographs)};
	if (script === 'traditional') {
		// s2tw segments by the Simplified phrase tables, which its first step holds too (with the
		// characters): one trie of 50,000 phrases instead of two.
		const first = trieOf(simplifiedPhrases, regionalPhrases, simplifiedCharacters);
		return {normalize, segmentation: {trie: first, isPhrase: length => length > 1}, chain: [{trie: first}, {trie: trieOf(taiwanVariantPhrases, taiwanVariants)}]};
	}

	return {
		normalize,
		segmentation: {trie: trieOf(traditionalPhrases), isPhrase: () => true},
		chain: [{trie: trieOf(taiwanVariantPhrasesReversed, taiwanVariantsReversed)}, {trie: trieOf(traditionalPhrases, traditionalCharacters)}],
	};
}

/** Whether `text` may hold a character the tables change: only CJK and its neighbours do. */
const mayConvert = (text: string): boolean => /[\u2E80-\uFFFF]/.test(text);

/**
`text` in Simplified or Traditional characters, with the span of the original each unit came from.
The same text as opencc-js's `Converter({from: 'tw', to: 'cn'})` and `Converter({from: 'cn', to: 'tw'})`.

@example
convertScript('头发发展', 'traditional').text //=> '頭髮發展'
*/
export function convertScript(text: string, script: Exclude<Script, 'original'>): Converted {
	if (!mayConvert(text)) {
		return {text, spans: null};
	}

	const pipeline = pipelines[script] ?? (pipelines[script] = pipelineFor(script));
	const identity: Tracked = {text, from: Array.from({length: text.length}, (_, index) => index), to: Array.from({length: text.length}, (_, index) => index + 1)};
	const normalized = convertStep(identity, pipeline.normalize);
	const out: Tracked = {text: '', from: [], to: []};
	let start = 0;
	for (const end of segmentEnds(normalized.text, pipeline.segmentation.trie, pipeline.segmentation.isPhrase)) {
		let segment = slice(normalized, start, end);
		for (const step of pipeline.chain) {
			segment = convertStep(segment, step);
		}

		out.text += segment.text;
		out.from.push(...segment.from);
		out.to.push(...segment.to);
		start = end;
	}

	return out.text === text ? {text, spans: null} : {text: out.text, spans: {from: Int32Array.from(out.from), to: Int32Array.from(out.to)}};
}

/**
The range of the converted text that shows the original's `[start, end)`: every converted unit that
came from a part of it. A hit inside a phrase that changed length covers the whole converted phrase.
*/
export function convertedRange(converted: Converted, start: number, end: number): readonly [number, number] {
	const {spans} = converted;
	if (spans === null) {
		return [start, end];
	}

	let first = 0;
	while (first < spans.to.length && (spans.to[first] ?? 0) <= start) {
		first++;
	}

	let last = first;
	while (last < spans.from.length && (spans.from[last] ?? 0) < end) {
		last++;
	}

	return [first, Math.max(first, last)];
}
