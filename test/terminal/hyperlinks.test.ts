import {afterEach, describe, expect, test, vi} from 'vitest';
import {hyperlinksWanted} from '../../source/terminal/hyperlinks.js';

const tty = {isTTY: true};
const yes = (): boolean => true;
const no = (): boolean => false;

describe('hyperlinksWanted', () => {
	test.each([
		['CORPUS_READER_HYPERLINKS=0 turns them off on a terminal that has them', {CORPUS_READER_HYPERLINKS: '0'}, tty, yes, false],
		['CORPUS_READER_HYPERLINKS=1 turns them on anywhere, a pipe too', {CORPUS_READER_HYPERLINKS: '1'}, {isTTY: false}, no, true],
		['another value is no choice: the terminal decides', {CORPUS_READER_HYPERLINKS: 'yes'}, tty, yes, true],
		['never to a stream that is not a terminal', {}, {isTTY: false}, yes, false],
		['tmux 3.4 passes them on', {TMUX: '/tmp/tmux-0/default,1,0', TERM_PROGRAM: 'tmux', TERM_PROGRAM_VERSION: '3.4'}, tty, no, true],
		['tmux 3.5a too', {TMUX: 'x', TERM_PROGRAM: 'tmux', TERM_PROGRAM_VERSION: '3.5a'}, tty, no, true],
		['tmux next-3.6 too', {TMUX: 'x', TERM_PROGRAM: 'tmux', TERM_PROGRAM_VERSION: 'next-3.6'}, tty, no, true],
		['tmux 3.3a drops them: off, whatever the outer terminal says', {TMUX: 'x', TERM_PROGRAM: 'tmux', TERM_PROGRAM_VERSION: '3.3a', VTE_VERSION: '7600'}, tty, yes, false],
		['tmux older than 3.2 (no TERM_PROGRAM): off', {TMUX: 'x', TERM_PROGRAM: 'iTerm.app'}, tty, yes, false],
		['GNU screen: off', {STY: '1234.pts-0.host'}, tty, yes, false],
		['elsewhere the terminal\'s variables decide (yes)', {}, tty, yes, true],
		['elsewhere the terminal\'s variables decide (no)', {}, tty, no, false],
	])('%s', (_name, environment, stream, detect, wanted) => {
		expect(hyperlinksWanted(environment, stream, detect)).toBe(wanted);
	});
});

describe('with supports-hyperlinks deciding', () => {
	afterEach(() => {
		vi.unstubAllEnvs();
	});

	test.each([
		['iTerm2 3.4', {TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.4.19'}, true],
		['GNOME Terminal (VTE 0.76)', {VTE_VERSION: '7600'}, true],
		['VTE 0.50.0, which crashed on them', {VTE_VERSION: '0.50.0'}, false],
		['an unknown terminal', {}, false],
	])('%s', (_name, variables, wanted) => {
		// What the machine running the tests has must not decide: a clean terminal environment.
		for (const name of ['CI', 'TERM_PROGRAM', 'TERM_PROGRAM_VERSION', 'VTE_VERSION', 'WT_SESSION', 'FORCE_HYPERLINK', 'FORCE_COLOR', 'TMUX', 'STY', 'NETLIFY', 'TEAMCITY_VERSION']) {
			vi.stubEnv(name, undefined);
		}

		vi.stubEnv('TERM', 'xterm-256color');
		for (const [name, value] of Object.entries(variables)) {
			vi.stubEnv(name, value);
		}

		expect(hyperlinksWanted(process.env, {isTTY: true})).toBe(wanted);
	});
});
