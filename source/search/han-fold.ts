/**
Traditional → Simplified folding of Chinese characters, one character at a time.

Search only needs every spelling of a character to land on one canonical form, so `關係`, `关係` and
`关系` all become `关系`. OpenCC's phrase tables would pick better simplifications in context but cost
1 MB and are not character-local, which offsets into the original text need.
*/
import hongKongVariants from 'opencc-js/dict/HKVariantsRev';
import traditionalToSimplified from 'opencc-js/dict/TSCharacters';
import taiwanVariants from 'opencc-js/dict/TWVariantsRev';

let table: ReadonlyMap<string, string> | undefined;

function pairs(dictionary: string): Array<[string, string]> {
	const result: Array<[string, string]> = [];
	for (const entry of dictionary.split('|')) {
		// An entry may list several candidates (`from to1 to2`); the first is OpenCC's choice.
		const [from, to] = entry.split(' ');
		if (from && to && from !== to) {
			result.push([from, to]);
		}
	}

	return result;
}

function buildTable(): Map<string, string> {
	const direct = new Map(pairs(traditionalToSimplified));
	const simplified = new Set(direct.values());
	for (const [from, to] of [...pairs(hongKongVariants), ...pairs(taiwanVariants)]) {
		// Regional variants point at OpenCC's standard Traditional form (衞 → 衛). Some pairs run from a
		// Simplified character to a Traditional one (台 → 臺); taking those would undo the folding.
		if (!direct.has(from) && !simplified.has(from)) {
			direct.set(from, to);
		}
	}

	// Follow chains (衞 → 衛 → 卫) so that folding is idempotent: fold(fold(c)) === fold(c).
	const folded = new Map<string, string>();
	for (const from of direct.keys()) {
		let to = from;
		for (let step = 0; step < 4; step++) {
			const next = direct.get(to);
			if (next === undefined || next === to) {
				break;
			}

			to = next;
		}

		if (to !== from) {
			folded.set(from, to);
		}
	}

	return folded;
}

/** The canonical (Simplified) form of one code point, or the code point itself. Built on first use. */
export function foldHan(codePoint: string): string {
	table ??= buildTable();
	return table.get(codePoint) ?? codePoint;
}

/** Every code point that `foldHan` changes, for tests and for building faster tables. */
export function hanFoldEntries(): ReadonlyMap<string, string> {
	table ??= buildTable();
	return table;
}
