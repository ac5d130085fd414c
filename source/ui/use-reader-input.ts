import {useCallback} from 'react';
import {useInput, type Key} from 'ink';
import {keyNames} from '../state/key-name.js';
import type {Action} from '../state/reduce.js';

/**
Every key to the reducer, by name. What a key means depends on the state it meets, and only the
reducer sees that state as it is when the key arrives: keys typed in one burst (`/` then a query)
each meet the state the one before left.
*/
export function useReaderInput(dispatch: (action: Action) => void): void {
	// Stable while `dispatch` is, so Ink keeps one listener rather than swapping it every frame.
	const onInput = useCallback((input: string, key: Key) => {
		for (const name of keyNames(input, key)) {
			if (process.env.CORPUS_READER_TEST_CRASH === 'input' && name === 'x') {
				// Test-only: an uncaught exception outside rendering must still restore the terminal.
				throw new Error('test crash while handling a key');
			}

			dispatch({type: 'key', name});
		}
	}, [dispatch]);
	useInput(onInput);
}
