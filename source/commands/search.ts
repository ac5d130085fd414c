import {jsonLine} from '../article/render-json.js';
import type {CorpusArticle} from '../corpus/corpus.js';
import {formatDateTime, formatIsoDate} from '../article/format-date.js';
import {findHits} from '../search/hits.js';
import {parseQuery} from '../search/query.js';
import {makeSnippet, type Snippet} from '../search/snippet.js';
import {sortIndexedByRelevance} from '../store/indexed-relevance.js';
import {resolveMeasure} from './ambiguous.js';
import {indexAllTexts, loadArguments, reportLoad, type Loaded} from './load-args.js';
import {markedOnly} from './match.js';
import {errorLine} from './messages.js';
import type {Flags} from './usage.js';

const snippetWidth = 72;
const bold = (text: string): string => `\u001B[1m${text}\u001B[22m`;

/** The snippet with its hits marked: bold on a terminal, `[…]` in a pipe, where bold would be noise. */
function markSnippet(snippet: Snippet | null, mark: (text: string) => string): string {
	if (!snippet) {
		return '';
	}

	let text = '';
	let offset = 0;
	for (const [start, end] of snippet.ranges) {
		text += snippet.text.slice(offset, start) + mark(snippet.text.slice(start, end));
		offset = end;
	}

	return text + snippet.text.slice(offset);
}

/**
`corpus-reader search QUERY`: matching articles newest first (or by relevance), each with a one-line
snippet around its first hit. Exit 0 with hits, 1 without.
*/
export async function runSearch(text: string, paths: readonly string[], flags: Flags): Promise<number> {
	const loaded = await loadArguments(paths, flags.verbose);
	try {
		return reportLoad(loaded) ? await searchLoaded(loaded, text, flags) : 1;
	} finally {
		loaded.index.close();
	}
}

async function searchLoaded(loaded: Loaded, text: string, flags: Flags): Promise<number> {
	const {query, problems} = parseQuery(text);
	for (const problem of problems) {
		process.stderr.write(errorLine(`query: ${problem}`));
	}

	const catalog = indexAllTexts(loaded);
	// Duplicates are left out unless --all, as the reader hides them.
	const copies = new Set(flags.all ? [] : catalog.copyPositions());
	let matches = [...markedOnly(loaded.index.search(catalog, query), query, catalog)].filter(position => !copies.has(position));
	if (flags.sort === 'relevance') {
		matches = sortIndexedByRelevance(loaded.index.db, catalog, matches, query);
	}

	if (flags.count) {
		process.stdout.write(`${matches.length}\n`);
		return matches.length > 0 ? 0 : 1;
	}

	const tty = process.stdout.isTTY === true;
	// Snippets are cut to a width, measured as the terminal they go to measures it.
	const measure = await resolveMeasure(flags.ambiguousWidth, tty && process.stdin.isTTY ? {input: process.stdin, output: process.stdout} : null);
	const line = (article: CorpusArticle, position: number): string => {
		const snippet = makeSnippet(article, query, snippetWidth, measure);
		if (flags.json) {
			return jsonLine({
				n: position + 1,
				id: article.id,
				date: formatIsoDate(article.date),
				headline: article.headline,
				source: article.source,
				hits: findHits(article, query).length,
				snippet: snippet?.text ?? null,
				ranges: snippet?.ranges ?? [],
			});
		}

		const columns = `${position + 1}\t${formatDateTime(article.date)}\t${article.source}\t${article.headline}`;
		return tty
			? `${columns}\n\t${markSnippet(snippet, bold)}`
			: `${columns}\t${markSnippet(snippet, hit => `[${hit}]`)}`;
	};

	const output = matches.flatMap(position => {
		const article = catalog.at(position);
		return article ? [line(article, position)] : [];
	});
	if (output.length > 0) {
		process.stdout.write(output.join('\n') + '\n');
	}

	return matches.length > 0 ? 0 : 1;
}
