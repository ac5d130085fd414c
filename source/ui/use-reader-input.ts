import {useCallback, useEffect, useRef} from 'react';
import {useInput, useStdin, type Key} from 'ink';
import {keyNames} from '../state/key-name.js';
import type {Action} from '../state/reduce.js';

const pasteStart = '\u001B[200~';
const pasteEnd = '\u001B[201~';

/**
Every key to the reducer, by name. What a key means depends on the state it meets, and only the
reducer sees that state as it is when the key arrives: keys typed in one burst (`/` then a query)
each meet the state the one before left.

A paste (the terminal marks it, in bracketed paste mode) goes as one `paste` action, never as keys:
Ink 6.8 does not know the marks, so its raw input events are watched first (useStdin's
`internal_eventEmitter`, which `useInput` itself listens to) and what lies between them is kept from
`useInput`'s handler.
*/
export function useReaderInput(dispatch: (action: Action) => void): void {
	const {internal_eventEmitter: events} = useStdin();
	const pasted = useRef<string[] | null>(null);
	// Set by the raw listener for an event that belongs to a paste; the key handler, called next for the same event, skips it.
	const swallow = useRef(false);
	// The event as the terminal sent it, for the key handler called next: Ink's key record drops an Esc typed just before a key.
	const raw = useRef('');
	// Registered before useInput's listener (effects run in order), so it sees each event first.
	useEffect(() => {
		const onRaw = (data: string): void => {
			raw.current = data;
			if (data === pasteStart) {
				pasted.current = [];
				swallow.current = true;
			} else if (data === pasteEnd) {
				const text = pasted.current?.join('') ?? '';
				pasted.current = null;
				swallow.current = true;
				dispatch({type: 'paste', text});
			} else if (pasted.current !== null) {
				pasted.current.push(data);
				swallow.current = true;
			}
		};

		events.on('input', onRaw);
		return () => {
			events.off('input', onRaw);
		};
	}, [events, dispatch]);

	// Stable while `dispatch` is, so Ink keeps one listener rather than swapping it every frame.
	const onInput = useCallback((input: string, key: Key) => {
		if (swallow.current) {
			swallow.current = false;
			return;
		}

		const names = keyNames(input, key, raw.current);
		dispatch(names.length === 1 ? {type: 'key', name: names[0] ?? ''} : {type: 'keys', names});
	}, [dispatch]);
	useInput(onInput);
}
