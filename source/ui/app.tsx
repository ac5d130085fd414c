import React, {useEffect, useMemo, useReducer} from 'react';
import {Box, Text, useStdout} from 'ink';
import TextInput from 'ink-text-input';
import type {ReaderModel} from '../state/reader-model.js';
import {composeFrame} from '../state/frame.js';
import {reduce, type Action} from '../state/reduce.js';
import {initialState, selectedArticle, type State} from '../state/state.js';
import {ScreenRow} from './screen-row.js';
import {createTheme} from './theme.js';
import {useReaderInput, type Exit} from './use-reader-input.js';

type Props = {
	readonly model: ReaderModel;
	readonly total: number;
	readonly useColor: boolean;
	/** stdout is a pipe: Enter writes the selected article out, the way fzf does. */
	readonly piped: boolean;
	readonly onExit: (exit: Exit) => void;
};

/** The reader: the frame composed from state, the search line in search mode, and keys wired to the reducer. */
export function App({model, total, useColor, piped, onExit}: Props): React.JSX.Element {
	const {stdout} = useStdout();
	const [state, dispatch] = useReducer(
		(current: State, action: Action) => reduce(current, action, model.environment),
		undefined,
		() => initialState(total, {columns: stdout.columns || 80, rows: stdout.rows || 24}),
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
		const article = selectedArticle(state);
		if (state.pane === 'reader' && article !== undefined) {
			model.markRead(article);
		}
	}, [model, state]);

	if (process.env.CORPUS_READER_TEST_CRASH === 'render' && state.pane === 'reader') {
		// A test-only switch: proves that a crash while rendering still restores the terminal.
		throw new Error('test crash while rendering');
	}

	useReaderInput({state, dispatch, model, piped, onExit});
	const theme = useMemo(() => createTheme(useColor), [useColor]);
	const rows = composeFrame(state, model.frameSource);
	const searching = state.mode === 'search';
	const paneRows = searching ? rows.slice(0, -1) : rows;
	return (
		<Box flexDirection="column" width={state.size.columns} height={state.size.rows}>
			{paneRows.map((line, index) => (
				// Rows are positions on the screen: the index is their identity.
				<ScreenRow key={index} line={line} theme={theme}/>
			))}
			{searching ? (
				<Box width={state.size.columns} height={1} overflow="hidden">
					<Text bold>/</Text>
					<TextInput
						value={state.draft}
						placeholder="search: words, &quot;a phrase&quot;, -not, source:rfi, after:2020-07-01"
						onChange={text => {
							// Enter typed in the same burst as the query reaches the input as text: submit then.
							const submitted = /[\r\n]/.test(text);
							dispatch({type: 'searchInput', text: text.replaceAll(/[\r\n]/g, '')});
							if (submitted) {
								dispatch({type: 'searchSubmit'});
							}
						}}
						onSubmit={() => {
							dispatch({type: 'searchSubmit'});
						}}
					/>
					{state.filter && state.draft.trim() !== '' ? <Text dimColor>{`  ${state.filter.matches.length} found`}</Text> : null}
				</Box>
			) : null}
		</Box>
	);
}
