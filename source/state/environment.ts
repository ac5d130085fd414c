import type {Filter} from './state.js';

/**
What the reducer may ask of the world, all pure and memoised by the caller: the reader's line count
for an article at a width, the line of each search hit, and the search itself.
*/
export type Environment = {
	readonly lineCount: (article: number, width: number) => number;
	readonly hitLines: (article: number, width: number, query: string) => readonly number[];
	readonly search: (query: string) => Filter;
};
