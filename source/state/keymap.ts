/**
The key map as data: the one table that drives input handling, the help screen and the README's key
list. Entries are tried in order; the first whose keys, pane and search condition match wins.
*/

export type Command =
	| 'up' | 'down' | 'pageUp' | 'pageDown' | 'halfPageDown' | 'halfPageUp' | 'top' | 'bottom'
	| 'switchPane' | 'focusList' | 'focusReader' | 'open' | 'back'
	| 'nextArticle' | 'previousArticle' | 'search' | 'nextHit' | 'previousHit'
	| 'openUrl' | 'copyUrl' | 'print' | 'help' | 'suspend' | 'quit' | 'interrupt';

export type Pane = 'list' | 'reader';

export type Binding = {
	/** Key names as `keyName` gives them: `up`, `pageDown`, `space`, `ctrl-c`, or the character typed. */
	readonly keys: readonly string[];
	readonly command: Command;
	/** Only in this pane; both when absent. */
	readonly pane?: Pane;
	/** Only while a search filter is active (true) or while none is (false). */
	readonly searching?: boolean;
	/** The help screen's wording. */
	readonly help: string;
};

export const keymap: readonly Binding[] = [
	{keys: ['up', 'k'], command: 'up', help: 'previous article (list) · scroll up a line (reader)'},
	{keys: ['down', 'j'], command: 'down', help: 'next article (list) · scroll down a line (reader)'},
	{keys: ['pageUp', 'b', 'ctrl-b'], command: 'pageUp', help: 'up a page'},
	{keys: ['pageDown', 'space', 'f', 'ctrl-f'], command: 'pageDown', help: 'down a page'},
	{keys: ['ctrl-u', 'u'], command: 'halfPageUp', help: 'up half a page'},
	{keys: ['ctrl-d', 'd'], command: 'halfPageDown', help: 'down half a page'},
	{keys: ['home', 'g', '<'], command: 'top', help: 'to the top'},
	{keys: ['end', 'G', '>'], command: 'bottom', help: 'to the end'},
	{keys: ['tab'], command: 'switchPane', help: 'switch between list and reader'},
	{keys: ['left', 'h'], command: 'focusList', help: 'to the list'},
	{keys: ['right', 'l'], command: 'focusReader', help: 'to the reader'},
	{keys: ['enter'], command: 'open', help: 'open the selected article in the reader (in a pipe: write it out)'},
	{keys: ['escape'], command: 'back', help: 'back to the list, or clear the search filter'},
	{keys: [']'], command: 'nextArticle', help: 'next article, staying in the reader'},
	{keys: ['['], command: 'previousArticle', help: 'previous article, staying in the reader'},
	{keys: ['n'], command: 'nextArticle', pane: 'reader', searching: false, help: 'next article (reader, no search active)'},
	{keys: ['p'], command: 'previousArticle', pane: 'reader', searching: false, help: 'previous article (reader, no search active)'},
	{keys: ['/'], command: 'search', help: 'search: type to filter, Enter keeps the filter, Esc cancels'},
	{keys: ['n'], command: 'nextHit', searching: true, help: 'next search hit, across articles'},
	{keys: ['N'], command: 'previousHit', searching: true, help: 'previous search hit, across articles'},
	{keys: ['o'], command: 'openUrl', help: 'open the article URL in the browser ($BROWSER)'},
	{keys: ['y'], command: 'copyUrl', help: 'copy the article URL to the clipboard (OSC 52, works over SSH)'},
	{keys: ['p', 'P'], command: 'print', help: 'print the article to stdout and quit'},
	{keys: ['?'], command: 'help', help: 'this help'},
	{keys: ['ctrl-z'], command: 'suspend', help: 'suspend to the shell (fg comes back)'},
	{keys: ['q'], command: 'quit', help: 'quit'},
	// First in effect: the reducer asks for it before any mode takes the key (see reduce.ts `handleKey`).
	{keys: ['ctrl-c'], command: 'interrupt', help: 'quit at once, from anywhere (exit status 130)'},
];

export type KeyContext = {readonly pane: Pane; readonly searching: boolean};

/** Whether a key interrupts whatever the reader is doing (the key map's `interrupt` binding). */
export const interrupts = (key: string): boolean => keymap.some(binding => binding.command === 'interrupt' && binding.keys.includes(key));

/** The command a key runs in a context, or undefined when the key does nothing there. */
export function commandFor(key: string, context: KeyContext): Command | undefined {
	return keymap.find(binding => binding.keys.includes(key)
		&& (binding.pane === undefined || binding.pane === context.pane)
		&& (binding.searching === undefined || binding.searching === context.searching))?.command;
}

const keyLabels: Readonly<Record<string, string>> = {
	up: '↑', down: '↓', left: '←', right: '→', pageUp: 'PgUp', pageDown: 'PgDn', home: 'Home', end: 'End',
	tab: 'Tab', enter: 'Enter', escape: 'Esc', space: 'Space', 'ctrl-c': 'Ctrl-C', 'ctrl-d': 'Ctrl-D', 'ctrl-u': 'Ctrl-U', 'ctrl-b': 'Ctrl-B', 'ctrl-f': 'Ctrl-F', 'ctrl-z': 'Ctrl-Z',
};

/** How a key name is written for people. */
export function keyLabel(key: string): string {
	return keyLabels[key] ?? key;
}

/** The help screen's rows: keys and what they do, one binding a row. */
export function helpRows(): ReadonlyArray<{readonly keys: string; readonly help: string}> {
	return keymap.map(binding => ({keys: binding.keys.map(key => keyLabel(key)).join(' '), help: binding.help}));
}
