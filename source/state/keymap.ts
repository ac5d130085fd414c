/**
The key map as data: the one table that drives input handling, the help screen and the README's key
list. Entries are tried in order; the first whose keys, mode, pane and search condition match wins.
*/
import type {Mode} from './mode.js';

export type Command =
	| 'count' | 'up' | 'down' | 'pageUp' | 'pageDown' | 'readOn' | 'halfPageDown' | 'halfPageUp' | 'top' | 'bottom'
	| 'switchPane' | 'focusList' | 'focusReader' | 'open' | 'back'
	| 'nextArticle' | 'previousArticle' | 'search' | 'olderQuery' | 'newerQuery' | 'commandLine' | 'nextHit' | 'previousHit'
	| 'nextUnread' | 'previousUnread' | 'toggleRead' | 'markAllRead' | 'toggleStar' | 'onlyUnread' | 'onlyStarred' | 'toggleCopies' | 'sources' | 'pickSource' | 'closeSources'
	| 'openUrl' | 'copyUrl' | 'cycleScript' | 'print' | 'help' | 'closeHelp' | 'suspend' | 'quit' | 'interrupt';

export type Pane = 'list' | 'reader';

export type Binding = {
	/** Key names as `keyName` gives them: `up`, `pageDown`, `space`, `ctrl-c`, or the character typed. */
	readonly keys: readonly string[];
	readonly command: Command;
	/** The modes the binding works in; the panes (`browse`) alone when absent. */
	readonly modes?: readonly Mode[];
	/** Only in this pane; both when absent. */
	readonly pane?: Pane;
	/** Only while a search filter is active (true) or while none is (false). */
	readonly searching?: boolean;
	/** How the help writes the keys, where listing them one by one would say less (`0-9`). */
	readonly label?: string;
	/** The help screen's wording. */
	readonly help: string;
};

/** Moving keys work on the help screen too: there they scroll it. */
const scrolling: readonly Mode[] = ['browse', 'help', 'sources'];
const everywhere: readonly Mode[] = ['browse', 'help', 'search', 'command', 'sources'];
const digits = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'];

export const keymap: readonly Binding[] = [
	{keys: digits, label: '0-9', command: 'count', modes: scrolling, help: 'a count for the next key, as in less and vim: 5j, 10 Space, 20G'},
	{keys: ['up', 'k'], command: 'up', modes: scrolling, help: 'previous article (list) · up a line (reader, help)'},
	{keys: ['down', 'j'], command: 'down', modes: scrolling, help: 'next article (list) · down a line (reader, help)'},
	{keys: ['pageUp', 'b', 'ctrl-b'], command: 'pageUp', modes: scrolling, help: 'up a page'},
	{keys: ['pageDown', 'f', 'ctrl-f'], command: 'pageDown', modes: scrolling, help: 'down a page'},
	{keys: ['space'], command: 'readOn', modes: scrolling, help: 'down a page; at the end of an article, on to the next one (reader)'},
	{keys: ['ctrl-u', 'u'], command: 'halfPageUp', modes: scrolling, help: 'up half a page'},
	{keys: ['ctrl-d', 'd'], command: 'halfPageDown', modes: scrolling, help: 'down half a page'},
	{keys: ['home', 'g', '<'], command: 'top', modes: scrolling, help: 'to the top; after a count N, to article N (list) or line N (reader)'},
	{keys: ['end', 'G', '>'], command: 'bottom', modes: scrolling, help: 'to the end; after a count N, to article N (list) or line N (reader)'},
	{keys: ['tab'], command: 'switchPane', help: 'switch between list and reader'},
	{keys: ['left', 'h'], command: 'focusList', help: 'to the list'},
	{keys: ['right', 'l'], command: 'focusReader', help: 'to the reader'},
	{keys: ['enter'], command: 'open', help: 'open the selected article in the reader (in a pipe: write it out)'},
	{keys: ['escape'], command: 'back', help: 'cancel a count, else back to the list, else clear the search filter'},
	{keys: [']'], command: 'nextArticle', help: 'next article, from either pane'},
	{keys: ['[', 'p'], command: 'previousArticle', help: 'previous article, from either pane'},
	{keys: ['n'], command: 'nextUnread', searching: false, help: 'next unread article (no search active), as in newsboat'},
	{keys: ['N'], command: 'previousUnread', searching: false, help: 'previous unread article (no search active)'},
	{keys: ['n'], command: 'nextHit', searching: true, help: 'next search hit, across articles'},
	{keys: ['N'], command: 'previousHit', searching: true, help: 'previous search hit, across articles'},
	{keys: ['r'], command: 'toggleRead', help: 'mark the article read, or unread again (opening it in the reader marks it read)'},
	{keys: ['A'], command: 'markAllRead', help: 'mark every article shown read (the filter\'s, or all), as newsboat\'s A'},
	{keys: ['s'], command: 'toggleStar', help: 'star the article, or take the star off (* in the list)'},
	{keys: ['U'], command: 'onlyUnread', help: 'show only unread articles, or all again (the filter is:unread)'},
	{keys: ['S'], command: 'onlyStarred', help: 'show only starred articles, or all again (the filter is:starred)'},
	{keys: ['='], command: 'toggleCopies', help: 'show the duplicates (the same URL or text as an article listed before), or hide them again, as at start (= marks them)'},
	{keys: ['c'], command: 'sources', help: 'the sources: articles, unread, newest, articles a month; Enter shows one (also :sources)'},
	{keys: ['/'], command: 'search', help: 'search: type to filter, Enter keeps the filter (empty: the last search again), Esc cancels'},
	{keys: ['up'], command: 'olderQuery', modes: ['search'], help: 'on the search line: the query before, from this session\'s searches'},
	{keys: ['down'], command: 'newerQuery', modes: ['search'], help: 'on the search line: the query after'},
	{keys: ['ctrl-p'], command: 'previousArticle', modes: ['search'], help: 'on the search line: previous article in the list'},
	{keys: ['ctrl-n'], command: 'nextArticle', modes: ['search'], help: 'on the search line: next article in the list'},
	{keys: ['pageUp'], command: 'pageUp', modes: ['search'], help: 'on the search line: up a page of the list'},
	{keys: ['pageDown'], command: 'pageDown', modes: ['search'], help: 'on the search line: down a page of the list'},
	{keys: [':'], command: 'commandLine', help: 'command line: :20 to article 20, :2020-07-01 to the first article of that day'},
	{keys: ['o'], command: 'openUrl', help: 'open the article URL in the browser ($BROWSER); after a count N, link N (marked [N] in the text): 3o'},
	{keys: ['y'], command: 'copyUrl', help: 'copy the article URL to the clipboard (OSC 52, works over SSH); after a count N, link N: 3y'},
	{keys: ['t'], command: 'cycleScript', help: 'text as written, in Simplified, in Traditional characters (and round again); search finds either'},
	{keys: ['P'], command: 'print', help: 'print the article to stdout and quit'},
	{keys: ['?'], command: 'help', help: 'this help'},
	{keys: ['q', 'escape', '?'], command: 'closeHelp', modes: ['help'], help: 'close the help (in the help)'},
	{keys: ['enter'], command: 'pickSource', modes: ['sources'], help: 'in the sources: the list shows that source\'s articles'},
	{keys: ['q', 'escape', 'c'], command: 'closeSources', modes: ['sources'], help: 'close the sources, the list as it was'},
	{keys: ['ctrl-z'], command: 'suspend', modes: everywhere, help: 'suspend to the shell (fg comes back)'},
	{keys: ['q'], command: 'quit', help: 'quit'},
	{keys: ['ctrl-c'], command: 'interrupt', modes: everywhere, help: 'quit at once, from anywhere (exit status 130)'},
];

export type KeyContext = {readonly mode: Mode; readonly pane: Pane; readonly searching: boolean};

/** The command a key runs in a context, or undefined when the key does nothing there (or, on a line, edits it). */
export function commandFor(key: string, context: KeyContext): Command | undefined {
	return keymap.find(binding => binding.keys.includes(key)
		&& (binding.modes ?? ['browse']).includes(context.mode)
		&& (binding.pane === undefined || binding.pane === context.pane)
		&& (binding.searching === undefined || binding.searching === context.searching))?.command;
}

const keyLabels: Readonly<Record<string, string>> = {
	up: '↑', down: '↓', left: '←', right: '→', pageUp: 'PgUp', pageDown: 'PgDn', home: 'Home', end: 'End',
	tab: 'Tab', enter: 'Enter', escape: 'Esc', space: 'Space',
};

/** How a key name is written for people: `ctrl-c` as `Ctrl-C`, arrows as arrows. */
export function keyLabel(key: string): string {
	const control = /^ctrl-(.)$/.exec(key);
	return control ? `Ctrl-${(control[1] ?? '').toUpperCase()}` : (keyLabels[key] ?? key);
}

/** The help screen's rows: keys and what they do, one binding a row. */
export function helpRows(): ReadonlyArray<{readonly keys: string; readonly help: string}> {
	return keymap.map(binding => ({keys: binding.label ?? binding.keys.map(key => keyLabel(key)).join(' '), help: binding.help}));
}
