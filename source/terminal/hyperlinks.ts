/**
Whether to write links as OSC 8 hyperlinks. A terminal that does not know OSC 8 should ignore it, but
some print it, so it is written only where the terminal is known to support it:

1. `CORPUS_READER_HYPERLINKS=0` turns it off and `=1` on, whatever the terminal.
2. Not to a stream that is not a terminal.
3. Inside tmux (`TMUX` set), on from tmux 3.4 (`TERM_PROGRAM_VERSION`), which keeps hyperlinks in its
   cells and passes them to the outer terminal when that has the `hyperlinks` feature (dropping them
   otherwise); older tmux drops them anyway. The outer terminal's variables (`VTE_VERSION`…) leak into
   tmux sessions and say nothing about tmux itself, so they are not asked.
4. Inside GNU screen (`STY` set), off: it does not pass OSC 8 through.
5. Else supports-hyperlinks decides by the terminal's variables (iTerm2 3.1+, WezTerm, VS Code 1.72+,
   Ghostty, VTE 0.50.1+ such as GNOME Terminal, Windows Terminal, kitty, Alacritty; off under `CI` and
   where colour is off).
*/
import {createSupportsHyperlinks} from 'supports-hyperlinks';

/** The first release of tmux that passes OSC 8 hyperlinks on. */
const tmuxWithHyperlinks = [3, 4];

function tmuxVersionAtLeast(version: string | undefined, wanted: readonly number[]): boolean {
	// `3.4`, `3.3a`, `next-3.5`: the numbers are what count.
	const [major = 0, minor = 0] = (/(\d+)\.(\d+)/.exec(version ?? '') ?? []).slice(1).map(Number);
	const [wantedMajor = 0, wantedMinor = 0] = wanted;
	return major > wantedMajor || (major === wantedMajor && minor >= wantedMinor);
}

/**
Whether hyperlinks go to `stream` in `environment`. `detect` is supports-hyperlinks' check (which reads
`process.env` itself); tests give their own.
*/
export function hyperlinksWanted(environment: NodeJS.ProcessEnv, stream: {readonly isTTY?: boolean}, detect: (stream: {isTTY?: boolean}) => boolean = createSupportsHyperlinks): boolean {
	const forced = environment.CORPUS_READER_HYPERLINKS;
	if (forced === '0' || forced === '1') {
		return forced === '1';
	}

	if (!stream.isTTY) {
		return false;
	}

	if (environment.TMUX) {
		return environment.TERM_PROGRAM === 'tmux' && tmuxVersionAtLeast(environment.TERM_PROGRAM_VERSION, tmuxWithHyperlinks);
	}

	if (environment.STY) {
		return false;
	}

	return detect({isTTY: stream.isTTY});
}
