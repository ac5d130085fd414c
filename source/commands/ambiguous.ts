import {resolveAmbiguousWidth} from '../text/ambiguous-width.js';
import {createMeasure, type Measure} from '../text/measure.js';
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
async function resolveAmbiguous(flag: string | undefined, terminal: Streams | null): Promise<boolean> {
	const setting = resolveAmbiguousWidth(flag, process.env);
	if (setting.warning) {
		process.stderr.write(errorLine(setting.warning));
	}

	if (setting.mode !== 'auto') {
		return setting.mode === 'wide';
	}

	return terminal ? (await probeAmbiguousWidth(terminal.input, terminal.output)) === 'wide' : false;
}

/**
The one measure of the run, made at start-up from the ambiguous-width setting: every width, wrap, cut
and pad of the command or the reader goes through it.
*/
export async function resolveMeasure(flag: string | undefined, terminal: Streams | null): Promise<Measure> {
	return createMeasure({ambiguousWide: await resolveAmbiguous(flag, terminal)});
}
