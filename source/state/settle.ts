/**
The loop around the pure reducer: what the state still needs found out (a layout, a search, the next
article with hits) is asked of the world, and each answer comes back as an action, until nothing is
missing. The reader runs it before each frame, so a key is drawn once, complete.
*/
import type {DayFound} from './day-jump.js';
import {currentFacts, wantedFacts, type FactsKey} from './facts.js';
import {nextKeyStep, reduce, type Action} from './reduce.js';
import {shownList, type ArticleFacts, type Filter, type State} from './state.js';
import type {Script} from '../text/han-script.js';
import type {SourceCounts} from './sources.js';

/** What the state asks of the world. */
export type Work =
	| ({readonly type: 'layout'} & FactsKey)
	| {readonly type: 'search'; readonly query: string; readonly generation: number}
	/** The help screen's line count at a width. */
	| {readonly type: 'helpLayout'; readonly width: number}
	/** The sources view's counts over the articles the list would show without a filter (copies hidden or not). */
	| {readonly type: 'countSources'; readonly withCopies: boolean}
	/** Where `day` starts in the list: among `matches` (list positions → corpus positions), or the whole corpus when null. */
	| {readonly type: 'findDay'; readonly day: string; readonly matches: readonly number[] | null}
	/** The first list position from `from` onward, `step` at a time, whose article is unread; `matches` as for `findDay`. */
	| {readonly type: 'seekUnread'; readonly matches: readonly number[] | null; readonly from: number; readonly step: 1 | -1}
	/** The first list position from `from` onward, `step` at a time, whose article has hits for `query`. */
	| {
		readonly type: 'seek';
		readonly matches: readonly number[];
		readonly from: number;
		readonly step: 1 | -1;
		readonly width: number;
		readonly query: string;
		readonly script: Script;
		readonly generation: number;
	};

/** The world as the reducer's questions need it: I/O for the reader, plain objects for tests. */
export type World = {
	/** An article laid out at a width in a script, with the hits for `query` marked and where reading it stopped. */
	readonly layout: (article: number, width: number, query: string | null, script: Script) => {readonly lines: number; readonly hitLines: readonly number[]; readonly resume?: number | null};
	/** Whether the reading state has the article (a corpus position) read. */
	readonly isRead: (article: number) => boolean;
	/** Whether there is an article at this corpus position. */
	readonly articleExists: (article: number) => boolean;
	readonly search: (query: string) => Filter;
	/** Lines of the help screen at a width. */
	readonly helpLines: (width: number) => number;
	/** Every source's counts (see state/sources.ts); copies counted too when `withCopies`. */
	readonly countSources: (withCopies: boolean) => SourceCounts;
	/** Where `day` (`2020-07-01`, local time) starts in the list made of `matches` (corpus positions), or in the whole corpus. */
	readonly findDay: (day: string, matches: readonly number[] | null) => DayFound;
};

/** The one thing the state needs next, or undefined when it is complete. */
export function needs(state: State): Work | undefined {
	const {filter} = state;
	if (state.mode === 'help' && state.helpFacts?.width !== state.size.columns) {
		return {type: 'helpLayout', width: state.size.columns};
	}

	if (state.mode === 'sources' && state.sources?.counts === null) {
		return {type: 'countSources', withCopies: state.showCopies};
	}

	if (state.pendingDay !== null) {
		return {type: 'findDay', day: state.pendingDay, matches: shownList(state)};
	}

	if (state.seekingUnread !== null) {
		return {type: 'seekUnread', matches: shownList(state), from: state.selected + state.seekingUnread, step: state.seekingUnread};
	}

	if (filter?.pending && state.searchReady) {
		return {type: 'search', query: filter.query, generation: state.generation};
	}

	const wanted = wantedFacts(state);
	if (state.seeking !== null && filter && wanted) {
		return {
			type: 'seek', matches: filter.matches, from: state.selected + state.seeking, step: state.seeking, width: wanted.width, query: filter.query, script: wanted.script, generation: state.generation,
		};
	}

	return wanted && !currentFacts(state) ? {type: 'layout', ...wanted} : undefined;
}

/** The world's answer to `work`, as the action that brings it to the reducer. */
export function answer(world: World, work: Work): Action {
	switch (work.type) {
		case 'layout': {
			const {type: _type, ...key} = work;
			return {type: 'laidOut', facts: {...key, ...world.layout(work.article, work.width, work.query, work.script)}};
		}

		case 'search': {
			return {type: 'searched', generation: work.generation, filter: world.search(work.query)};
		}

		case 'countSources': {
			return {type: 'sourcesCounted', counts: world.countSources(work.withCopies)};
		}

		case 'helpLayout': {
			return {type: 'helpLaidOut', width: work.width, lines: world.helpLines(work.width)};
		}

		case 'findDay': {
			return {type: 'dayFound', day: work.day, found: world.findDay(work.day, work.matches)};
		}

		case 'seekUnread': {
			const count = work.matches ? work.matches.length : Number.MAX_SAFE_INTEGER;
			for (let position = work.from; position >= 0 && position < count; position += work.step) {
				const article = work.matches ? (work.matches[position] ?? -1) : position;
				if (!world.articleExists(article)) {
					break;
				}

				if (!world.isRead(article)) {
					return {type: 'unreadFound', position};
				}
			}

			return {type: 'unreadFound', position: null};
		}

		case 'seek': {
			for (let position = work.from; position >= 0 && position < work.matches.length; position += work.step) {
				const article = work.matches[position] ?? -1;
				const laid = world.layout(article, work.width, work.query, work.script);
				if (laid.hitLines.length > 0) {
					const facts: ArticleFacts = {article, width: work.width, query: work.query, script: work.script, generation: work.generation, ...laid};
					return {type: 'sought', found: {position, facts}};
				}
			}

			return {type: 'sought', found: null};
		}
	}
}

/** Answers a step's work at most this many times: more would mean an answer that does not settle it. */
const maxRounds = 8;

/** `state` with the answers to everything it needs. */
export function settled(state: State, world: World): State {
	let next = state;
	for (let round = 0; round < maxRounds; round++) {
		const work = needs(next);
		if (work === undefined) {
			break;
		}

		next = reduce(next, answer(world, work));
	}

	return next;
}

/**
The state after `action` and the answers to everything it then needs. Keys that came together are
settled one by one (a run typed on the search line as one edit), so each meets the answers the one
before asked for: `n n` goes two hits on even when the first had to seek the next article.
*/
export function settle(state: State, action: Action, world: World): State {
	if (action.type !== 'keys') {
		return settled(reduce(state, action), world);
	}

	let next = state;
	for (let index = 0; index < action.names.length;) {
		const names = nextKeyStep(next, action.names, index);
		next = settled(reduce(next, names.length > 1 ? {type: 'keys', names} : {type: 'key', name: names[0] ?? ''}), world);
		index += names.length;
	}

	return next;
}
