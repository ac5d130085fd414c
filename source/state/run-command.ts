import type {Command} from './keymap.js';
import {atArticleEnd, helpHeight, panes, scrollHelp, scrollReader, select} from './navigation.js';
import {markAllShownRead, onSelected, seekUnread, toggleTerm} from './mark-actions.js';
import {recallQuery, reselect, stepHit} from './search-actions.js';
import {cycleScript} from './script.js';
import {toggleCopies} from './copies.js';
import {closeSources, openSources, pickSource, selectSource, sourcesHeight} from './sources.js';
import {selectedArticle, visibleCount, type State} from './state.js';

/** What the moving keys move: the help screen, the list (also from the search line), or the reader. */
type Target = 'help' | 'sources' | 'list' | 'reader';

const targetOf = (state: State): Target => {
	if (state.mode === 'help' || state.mode === 'sources') {
		return state.mode;
	}

	return state.mode === 'search' || state.pane === 'list' ? 'list' : 'reader';
};

/** The selected article's next one, from the end of this one (Space, as in newsboat and less's multi-file mode). */
function readOn(state: State): State {
	return state.selected + 1 < visibleCount(state) ? select(state, state.selected + 1) : {...state, notice: 'last article'};
}

/** What a key map command does to the state; a count typed before it (`state.count`) is used up here. */
export function runCommand(state: State, command: Command): State {
	const {count} = state;
	const base = count === null ? state : {...state, count: null};
	const times = count ?? 1;
	const target = targetOf(base);
	const layout = panes(base);
	const pages: Record<Target, number> = {help: helpHeight(base), sources: sourcesHeight(base), list: layout.list.height, reader: Math.max(1, layout.reader.height - 2)};
	const page = pages[target];
	const half = Math.max(1, Math.floor(page / 2));
	const moveTo = (position: number): State => {
		switch (target) {
			case 'help': {
				return scrollHelp(base, position);
			}

			case 'sources': {
				return selectSource(base, position);
			}

			case 'list': {
				return select(base, position);
			}

			case 'reader': {
				return scrollReader(base, position);
			}
		}
	};

	const here = {help: base.helpTop, sources: base.sources?.selected ?? 0, list: base.selected, reader: base.readerTop}[target];
	const move = (delta: number): State => moveTo(here + delta * times);
	switch (command) {
		case 'count': {
			// Digits are typed by the reducer (count.ts): the command only names them in the key map.
			return state;
		}

		case 'up': {
			return move(-1);
		}

		case 'down': {
			return move(1);
		}

		case 'pageUp': {
			return move(-page);
		}

		case 'pageDown': {
			return move(page);
		}

		case 'readOn': {
			return target === 'reader' && atArticleEnd(base) ? readOn(base) : move(page);
		}

		case 'halfPageUp': {
			return move(-half);
		}

		case 'halfPageDown': {
			return move(half);
		}

		// With a count, `20g` and `20G` go to the 20th row of what they move: article 20 in the list, line 20 in the reader.
		case 'top': {
			return moveTo(count === null ? 0 : count - 1);
		}

		case 'bottom': {
			return moveTo(count === null ? Number.MAX_SAFE_INTEGER : count - 1);
		}

		case 'switchPane': {
			return {...base, pane: base.pane === 'list' ? 'reader' : 'list'};
		}

		case 'focusList': {
			return {...base, pane: 'list'};
		}

		case 'open': {
			const article = selectedArticle(base);
			return base.piped && article !== undefined ? {...base, effect: {type: 'print', article, script: base.script}} : {...base, pane: 'reader'};
		}

		case 'focusReader': {
			return {...base, pane: 'reader'};
		}

		case 'back': {
			if (count !== null) {
				// Esc after digits takes back the count, as in vim, and nothing else.
				return base;
			}

			if (base.pane !== 'list') {
				return {...base, pane: 'list'};
			}

			return base.filter ? reselect({...base, filter: null, hit: -1}, selectedArticle(base)) : base;
		}

		case 'nextArticle': {
			return select(base, base.selected + times);
		}

		case 'previousArticle': {
			return select(base, base.selected - times);
		}

		case 'search': {
			return {...base, mode: 'search', draft: '', cursor: 0, recall: null, beforeSearch: {filter: base.filter, article: selectedArticle(base)}};
		}

		case 'olderQuery': {
			return recallQuery(base, -1);
		}

		case 'newerQuery': {
			return recallQuery(base, 1);
		}

		case 'commandLine': {
			return {...base, mode: 'command', draft: '', cursor: 0};
		}

		case 'nextHit': {
			return stepHit(base, 1);
		}

		case 'previousHit': {
			return stepHit(base, -1);
		}

		case 'nextUnread': {
			return seekUnread(base, 1);
		}

		case 'previousUnread': {
			return seekUnread(base, -1);
		}

		case 'toggleRead':
		case 'toggleStar': {
			return onSelected(base, command);
		}

		case 'markAllRead': {
			return markAllShownRead(base);
		}

		case 'onlyUnread': {
			return toggleTerm(base, 'is:unread');
		}

		case 'onlyStarred': {
			return toggleTerm(base, 'is:starred');
		}

		case 'toggleCopies': {
			return toggleCopies(base);
		}

		case 'sources': {
			return openSources(base);
		}

		case 'pickSource': {
			return pickSource(base);
		}

		case 'closeSources': {
			return closeSources(base);
		}

		case 'help': {
			return {...base, mode: 'help', helpTop: 0};
		}

		case 'closeHelp': {
			return {...base, mode: 'browse'};
		}

		case 'quit':
		case 'suspend':
		case 'interrupt': {
			return {...base, effect: {type: command}};
		}

		// Effects on the selected article, carried out by the App.
		case 'openUrl':
		case 'copyUrl': {
			// A count names a link by its number in the text (`3o`, as the marks show it).
			const article = selectedArticle(base);
			return article === undefined ? {...base, notice: 'no article selected'} : {...base, effect: {type: command, article, link: count}};
		}

		case 'print': {
			const article = selectedArticle(base);
			return article === undefined ? {...base, notice: 'no article selected'} : {...base, effect: {type: command, article, script: base.script}};
		}

		case 'cycleScript': {
			return cycleScript(base);
		}
	}
}
