/** What a file's path says about an article when its content does not: a headline and a source. */
import {cleanLine} from './clean-line.js';

/**
Folder names that group files rather than name a publisher: by kind, by feed, by date (`2020`,
`2020-07`, `2020-07-01`, `20200701`). A file under `bydate/2020-07-01/` is named by no folder there.
*/
const genericFolder = /^(?:|\.|\.\.|articles?|posts?|_posts|archived?|archives?|corpus|by-?date|by-?source|feeds?|rss|news|data|\d{4}(?:-\d\d){0,2}|\d{8})$/i;

function segments(path: string): string[] {
	return path.split(/[\\/]/);
}

/**
The headline a file name gives: the base name without extension and without the id or date prefix
of the archives (`1048028_标题.md`, `2020-07-29-标题.md`).

@example
headlineFromFileName('/x/法广/1046919_崔天凯.md') // '崔天凯'
*/
export function headlineFromFileName(path: string): string {
	const base = segments(path).at(-1) ?? '';
	const stem = base.replace(/\.(?:md|markdown|txt|html?)$/i, '');
	const title = cleanLine(stem.replace(/^(?:\d+_|\d{4}-\d\d-\d\d-)/, ''));
	return title === '' ? cleanLine(stem) || 'untitled' : title;
}

/**
The nearest folder above the file that names a publisher (`BBC`, `法广`), skipping grouping folders
such as `articles`, `_posts` or dates. '' when there is none.
*/
export function sourceFromPath(path: string): string {
	const folders = segments(path).slice(0, -1);
	for (let index = folders.length - 1; index >= 0; index--) {
		const name = folders[index] ?? '';
		if (!genericFolder.test(name)) {
			return cleanLine(name);
		}
	}

	return '';
}
