// The wrapper as /shared/typography/check.mjs loads it (`--impl`): plain JS, so it uses the build.
import {wrapText} from '../dist/text/wrap.js';

export function wrap(text, width, options) {
	return wrapText(text, width, options);
}
