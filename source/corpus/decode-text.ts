/** Bytes to text: strict UTF-8 first, so invalid files are noticed, then lenient. */

const strict = new TextDecoder('utf-8', {fatal: true});
const lenient = new TextDecoder('utf-8', {fatal: false});

export type DecodedText = {
	readonly text: string;
	/** True when the bytes were not valid UTF-8 and bad sequences became U+FFFD. */
	readonly invalid: boolean;
};

/** Decodes UTF-8 (a BOM is dropped); invalid sequences become U+FFFD and set `invalid`. */
export function decodeText(bytes: Uint8Array): DecodedText {
	try {
		return {text: strict.decode(bytes), invalid: false};
	} catch {
		return {text: lenient.decode(bytes), invalid: true};
	}
}
