import {editCommandLine} from './command-line.js';
import {typeCountDigit} from './count.js';
import {dayFound, type DayFound} from './day-jump.js';
import {currentFacts, sameFacts, wantedFacts} from './facts.js';
import {commandFor} from './keymap.js';
import {resumeReading, unreadFound} from './mark-actions.js';
import {scrollMargin, type Size} from './layout.js';
import {clamp, maxReaderTop, resize, scrollHelp} from './navigation.js';
import {runCommand} from './run-command.js';
import {articlesChanged, editSearch, searchFor, searched, sought} from './search-actions.js';
import {selectedArticle, type ArticleFacts, type Copies, type Filter, type State} from './state.js';
import {isTypedText, pasteIntoSearchLine} from './search-line.js';
import {scriptReady} from './script.js';
import {sourcesCounted, type SourceCounts} from './sources.js';

export type Action =
	| {readonly type: 'resize'; readonly size: Size}
	| {readonly type: 'notice'; readonly text: string}
	/** A key, by its key map name: the reducer decides what it means in the current mode and pane. */
	| {readonly type: 'key'; readonly name: string}
	/**
	Keys that arrived together (typed faster than the terminal is read): as many `key`s, except that a
	run of characters typed on the search line is one edit, searched once.
	*/
	| {readonly type: 'keys'; readonly names: readonly string[]}
	/** Text pasted (between bracketed-paste marks): one edit of the search line when it is open, else nothing. */
	| {readonly type: 'paste'; readonly text: string}
	/** The pending effect was carried out. */
	| {readonly type: 'effectDone'}
	/** The first `count` articles of `readNow` were marked read in the reading state. */
	| {readonly type: 'readNoted'; readonly count: number}
	/** Search became ready: a query typed before then is searched now. */
	| {readonly type: 'searchReady'}
	/** OpenCC's tables are loaded: the chosen script can be shown. */
	| {readonly type: 'scriptReady'}
	/** The world's answers to what the state needed (see settle.ts). */
	| {readonly type: 'laidOut'; readonly facts: ArticleFacts}
	| {readonly type: 'searched'; readonly filter: Filter; readonly generation: number}
	| {readonly type: 'sought'; readonly found: {readonly position: number; readonly facts: ArticleFacts} | null}
	| {readonly type: 'helpLaidOut'; readonly width: number; readonly lines: number}
	| {readonly type: 'dayFound'; readonly day: string; readonly found: DayFound}
	/** The sources view's counts, as the world made them. */
	| {readonly type: 'sourcesCounted'; readonly counts: SourceCounts}
	/** The unread article `n` / `N` sought, at a list position, or null for none that way. */
	| {readonly type: 'unreadFound'; readonly position: number | null}
	/** Background work's line for the status bar, or null when there is none. */
	| {readonly type: 'background'; readonly text: string | null}
	/**
	The corpus changed under the reader (files added, changed, gone): `total` articles now, the selected
	one at `selected` (undefined when it is gone), and the filters searched again over it.
	*/
	| {
		readonly type: 'articlesChanged';
		readonly total: number;
		readonly copies: Copies | null;
		readonly selected: number | undefined;
		readonly filter: Filter | null;
		readonly beforeFilter: Filter | null;
	};

/**
What a key does in the current mode: the key map decides first (Ctrl-C interrupts from anywhere, ↑ on
the search line recalls a query); a key it leaves alone edits an open line, and otherwise does
nothing but drop a count typed before it.
*/
function handleKey(state: State, name: string): State {
	const command = commandFor(name, {mode: state.mode, pane: state.pane, searching: state.filter !== null});
	if (command === 'count') {
		return typeCountDigit(state, name);
	}

	if (command !== undefined) {
		return runCommand(state, command);
	}

	switch (state.mode) {
		case 'search': {
			return editSearch(state, name);
		}

		case 'command': {
			return editCommandLine(state, name);
		}

		case 'browse':
		case 'help':
		case 'sources': {
			return state.count === null ? state : {...state, count: null};
		}
	}
}

/** `text` put in the search line at its cursor, searched once. */
function insertText(state: State, text: string): State {
	const line = pasteIntoSearchLine({text: state.draft, cursor: state.cursor}, text);
	return line.text === state.draft ? {...state, cursor: line.cursor} : searchFor(state, line.text, line.cursor);
}

/**
The keys at `index` that are one step: a run of characters typed on the open search line (one edit,
searched once), else a single key. `settle` answers the world between steps.
*/
export function nextKeyStep(state: State, names: readonly string[], index: number): readonly string[] {
	let end = index;
	while (state.mode === 'search' && end < names.length && isTypedText(names[end] ?? '')) {
		end++;
	}

	return names.slice(index, Math.max(end, index + 1));
}

function handleKeys(state: State, names: readonly string[]): State {
	let next = state;
	for (let index = 0; index < names.length;) {
		const step = nextKeyStep(next, names, index);
		next = step.length > 1 ? insertText(next, step.join('')) : handleKey(next, step[0] ?? '');
		index += step.length;
	}

	return next;
}

/** A scroll that waited for the selected article's facts, made once they are here. */
function scrollWhenKnown(state: State): State {
	const facts = currentFacts(state);
	const pending = state.pendingScroll;
	if (!pending || !facts || state.filter?.pending) {
		return state;
	}

	if ('share' in pending) {
		return {...state, pendingScroll: null, readerTop: clamp(Math.round(pending.share * facts.lines), 0, maxReaderTop(state))};
	}

	const line = state.filter ? facts.hitLines[pending.hit] : undefined;
	return line === undefined
		? {...state, pendingScroll: null, hit: -1}
		: {...state, pendingScroll: null, hit: pending.hit, readerTop: clamp(line - scrollMargin, 0, maxReaderTop(state))};
}

/**
The next state for an action: a pure function of the two. What it needs from the world (layouts,
search) it asks for by what it lacks (`needs` in settle.ts), and the answers come back as actions.
*/
export function reduce(state: State, action: Action): State {
	return noteReading(scrollWhenKnown(step(state, action)));
}

/** The selected article is being read (in the reader pane, or paged into past where it resumed): noted for the reading state. */
function noteReading(state: State): State {
	const article = selectedArticle(state);
	const reading = state.pane === 'reader' || state.readerTop > (state.facts?.article === article ? (state.facts?.resume ?? 0) : 0);
	if (article === undefined || !reading || state.lastRead === article) {
		return state;
	}

	return {...state, readNow: [...state.readNow, article], lastRead: article};
}

function step(state: State, action: Action): State {
	// A notice stays until the next thing the user does: a background action (search ready, a file
	// changed) must not wipe what a key just said.
	const keyed = state.notice === null ? state : {...state, notice: null};
	switch (action.type) {
		case 'resize': {
			return resize(state, action.size);
		}

		case 'searchReady': {
			return {...state, searchReady: true};
		}

		case 'scriptReady': {
			return scriptReady(state);
		}

		case 'laidOut': {
			const wanted = wantedFacts(state);
			return wanted && sameFacts(wanted, action.facts) ? resumeReading({...state, facts: action.facts}, state.facts?.article) : state;
		}

		case 'unreadFound': {
			return unreadFound(state, action.position);
		}

		case 'searched': {
			return searched(state, action.filter, action.generation);
		}

		case 'sought': {
			return sought(state, action.found);
		}

		case 'helpLaidOut': {
			return action.width === state.size.columns ? scrollHelp({...state, helpFacts: {width: action.width, lines: action.lines}}, state.helpTop) : state;
		}

		case 'dayFound': {
			return dayFound(state, action.day, action.found);
		}

		case 'notice': {
			return {...state, notice: action.text};
		}

		case 'sourcesCounted': {
			return sourcesCounted(state, action.counts);
		}

		case 'key': {
			return handleKey(keyed, action.name);
		}

		case 'keys': {
			return handleKeys(keyed, action.names);
		}

		case 'paste': {
			return keyed.mode === 'search' ? insertText(keyed, action.text) : keyed;
		}

		case 'effectDone': {
			return {...state, effect: null};
		}

		case 'readNoted': {
			return {...state, readNow: state.readNow.slice(action.count)};
		}

		case 'background': {
			return {...state, background: action.text};
		}

		case 'articlesChanged': {
			return articlesChanged(state, action);
		}
	}
}
