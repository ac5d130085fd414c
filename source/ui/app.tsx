import React, {useCallback, useEffect, useMemo, useReducer, useRef} from 'react';
import {Box, Text, useStdout} from 'ink';
import type {ReaderModel} from '../services/reader-model.js';
import {composeFrame} from '../view/frame.js';
import type {Action} from '../state/reduce.js';
import {settle, settled} from '../state/settle.js';
import {articleAt, initialState, selectedArticle, type StartPlace, type State} from '../state/state.js';
import {followSelection} from '../state/navigation.js';
import {layoutFor} from '../state/layout.js';
import {rowToAnsi} from './sgr.js';
import {createTheme} from './theme.js';
import {useEffects, type Exit} from './use-effects.js';
import {useReaderInput} from './use-reader-input.js';
import {useBackground, type Background} from './use-background.js';

type Props = {
	readonly model: ReaderModel;
	readonly total: number;
	readonly useColor: boolean;
	/** Links go to the terminal as OSC 8 hyperlinks (terminal/hyperlinks.ts decides). */
	readonly hyperlinks: boolean;
	/** stdout is a pipe: Enter writes the selected article out, the way fzf does. */
	readonly piped: boolean;
	/** The cap on the reader's text width in columns (`--measure`), or null for none. */
	readonly maxTextWidth: number | null;
	readonly onExit: (exit: Exit) => void;
	/** Ctrl-Z: hand the terminal back and stop; the promise settles on `fg`. */
	readonly onSuspend: () => Promise<void>;
	/** Work to run while the reader is up (checking the files, indexing text). */
	readonly background?: Background;
	/** Where to start: the last run's article, filter and searches, as the reading state kept them. */
	readonly start?: StartPlace;
	/** Keeps a search typed, for ↑ in later runs. */
	readonly onSearch?: (query: string) => void;
};

/** The reader: the frame composed from state, and keys wired to the reducer. */
export function App({model, total, useColor, hyperlinks, piped, onExit, onSuspend, background, start, onSearch, maxTextWidth}: Props): React.JSX.Element {
	const {stdout} = useStdout();
	const [state, dispatch] = useReducer(
		// The reducer is pure; settle asks the model for what the next state lacks (layouts, search)
		// and brings each answer back as an action, so a key is drawn once, complete.
		(current: State, action: Action) => settle(current, action, model.world),
		undefined,
		() => settled(followSelection(initialState(total, {columns: stdout.columns || 80, rows: stdout.rows || 24}, {piped, start, maxTextWidth, copies: model.copies()})), model.world),
	);
	useEffect(() => {
		const onResize = (): void => {
			dispatch({type: 'resize', size: {columns: stdout.columns, rows: stdout.rows}});
		};

		stdout.on('resize', onResize);
		return () => {
			stdout.off('resize', onResize);
		};
	}, [stdout]);

	useEffect(() => {
		// Search loads and folds the corpus once the first frame is up; a search typed before that
		// is run again when it is ready.
		void model.prepare().then(() => {
			dispatch({type: 'searchReady'});
		});
	}, [model]);

	useEffect(() => {
		// The Simplified and Traditional tables: a second after the first frame, or at once for a `t` before then.
		if (state.scriptReady) {
			return;
		}

		const wanted = state.script !== 'original';
		const after = setTimeout(() => {
			void model.loadScripts().then(() => {
				dispatch({type: 'scriptReady'});
			});
		}, wanted ? 0 : 1000);
		return () => {
			clearTimeout(after);
		};
	}, [model, state.script, state.scriptReady]);

	useEffect(() => {
		if (state.mode === 'search') {
			model.wantSearch();
		}
	}, [model, state.mode]);

	// The reading state follows the screen: what is read, where reading stopped, the place in the list.
	const article = selectedArticle(state);
	useEffect(() => {
		if (state.readNow.length > 0) {
			for (const read of state.readNow) {
				model.markRead(read);
			}

			dispatch({type: 'readNoted', count: state.readNow.length});
		}
	}, [model, state.readNow]);
	const lines = state.facts?.article === article ? state.facts?.lines : undefined;
	useEffect(() => {
		if (article !== undefined && lines !== undefined) {
			model.savePosition(article, state.readerTop, lines);
		}
	}, [model, article, state.readerTop, lines]);
	const filterQuery = state.filter?.query ?? null;
	useEffect(() => {
		model.savePlace(article, filterQuery);
	}, [model, article, filterQuery]);
	const lastSearch = state.searchHistory.at(-1);
	const firstSearch = useRef(lastSearch);
	useEffect(() => {
		if (lastSearch !== undefined && lastSearch !== firstSearch.current) {
			firstSearch.current = undefined;
			onSearch?.(lastSearch);
		}
	}, [lastSearch, onSearch]);

	const next = articleAt(state, state.selected + 1);
	const previous = articleAt(state, state.selected - 1);
	const layout = layoutFor(state.size, state.maxTextWidth);
	const width = layout.kind === 'tooSmall' ? 0 : layout.textWidth;
	const query = state.filter?.query ?? null;
	const {script} = state;
	useEffect(() => {
		if (width > 0) {
			model.prefetch([next, previous].filter(article => article !== undefined), width, query, script);
		}
	}, [model, next, previous, width, query, script]);

	// Stable across renders, so Ink keeps one input listener instead of swapping it every frame.
	const onKey = useCallback((action: Action) => {
		model.noteInput();
		dispatch(action);
	}, [model]);
	useReaderInput(onKey);
	useBackground(background, model, state, dispatch);
	useEffects(state.effect, model.frameSource.articles, model, dispatch, onExit, () => {
		void onSuspend().then(() => {
			// Back from the shell: the screen was left, so draw all of it again.
			dispatch({type: 'resize', size: {columns: stdout.columns, rows: stdout.rows}});
		});
	});
	const theme = useMemo(() => createTheme(useColor), [useColor]);
	const rows = composeFrame(state, model.frameSource);
	return (
		<Box flexDirection="column" width={state.size.columns} height={state.size.rows}>
			{/* The whole screen in one Text: Ink measures each Text's lines with string-width, and that
			    was most of a keypress's time with one Text per row. */}
			<Text>{rows.map(line => rowToAnsi(line, theme, hyperlinks)).join('\n')}</Text>
		</Box>
	);
}
