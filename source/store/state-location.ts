/**
Where the reading state lives: user data, not cache, so it goes where the XDG spec puts state.

- `$CORPUS_READER_STATE_DIR`, else `$XDG_STATE_HOME/corpus-reader`, else `~/.local/state/corpus-reader`.
  An empty value counts as unset, and so does a relative `XDG_STATE_HOME`, as the spec asks.
- `CORPUS_READER_STATE=0` keeps nothing: no file is read or written.
*/
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';

const setting = (value: string | undefined): string | undefined => (value === undefined || value === '' ? undefined : value);

/** The reading state's file, absolute, or null when `CORPUS_READER_STATE=0` asks for none. */
export function stateFile(environment: NodeJS.ProcessEnv = process.env): string | null {
	if (environment['CORPUS_READER_STATE'] === '0') {
		return null;
	}

	const own = setting(environment['CORPUS_READER_STATE_DIR']);
	if (own !== undefined) {
		return path.join(path.resolve(own), 'state.sqlite');
	}

	const xdg = setting(environment['XDG_STATE_HOME']);
	const base = xdg !== undefined && path.isAbsolute(xdg) ? xdg : path.join(os.homedir(), '.local', 'state');
	return path.join(base, 'corpus-reader', 'state.sqlite');
}
