/** `:2020-07-01`: the list goes to the first article of that day, once the world has found where that is. */
import {select} from './navigation.js';
import {visibleCount, type State} from './state.js';

/**
Where a day starts in the list, newest first: the first position dated on or before that day, and
whether that article is of the day itself; or why there is none.
*/
export type DayFound =
	| {readonly kind: 'found'; readonly position: number; readonly sameDay: boolean}
	| {readonly kind: 'notADate' | 'allLater'};

/** The answer to a `:YYYY-MM-DD` asked for. */
export function dayFound(state: State, day: string, found: DayFound): State {
	if (state.pendingDay !== day) {
		return state;
	}

	const done = {...state, pendingDay: null};
	switch (found.kind) {
		case 'found': {
			const moved = select(done, found.position);
			return found.sameDay ? moved : {...moved, notice: `no article on ${day}: the nearest before it`};
		}

		case 'allLater': {
			// Nothing that old: the oldest article is the nearest.
			return {...select(done, visibleCount(done) - 1), notice: `no article on or before ${day}: the oldest`};
		}

		case 'notADate': {
			return {...done, notice: `not a date: ${day}`};
		}
	}
}
