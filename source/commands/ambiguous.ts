import {resolveAmbiguousWidth} from '../text/ambiguous-width.js';
import {probeAmbiguousWidth} from '../terminal/ambiguous-probe.js';
import {errorLine} from './messages.js';

type Streams = {
	readonly input: Parameters<typeof probeAmbiguousWidth>[0];
	readonly output: Parameters<typeof probeAmbiguousWidth>[1];
};

/**
Whether East Asian Ambiguous characters are two columns wide: `--ambiguous-width`, else
CORPUS_READER_AMBIGUOUS_WIDTH, else (auto) the terminal's own answer when there is a terminal to ask.
*/
export async function resolveAmbiguous(flag: string | undefined, terminal: Streams | null): Promise<boolean> {
	const setting = resolveAmbiguousWidth(flag, process.env);
	if (setting.warning) {
		process.stderr.write(errorLine(setting.warning));
	}

	if (setting.mode !== 'auto') {
		return setting.mode === 'wide';
	}

	return terminal ? (await probeAmbiguousWidth(terminal.input, terminal.output)) === 'wide' : false;
}
