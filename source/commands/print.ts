import type {CorpusArticle} from '../corpus/corpus.js';
import {renderJson} from '../article/render-json.js';
import {renderMarkdown} from '../article/render-markdown.js';
import {renderText} from '../article/render-text.js';
import {loadArguments, reportLoad, type Loaded} from './load-args.js';
import {errorLine, quote} from './messages.js';
import {pickArticles} from './pick.js';
import {ReadingStore} from '../store/reading-store.js';
import {stateFile} from '../store/state-location.js';
import type {Flags} from './usage.js';

/**
`corpus-reader print`: the picked articles (or all of them) as text, Markdown or JSON Lines. Without
`--width` each paragraph is one line, which is what pipelines want.
*/
export async function runPrint(paths: readonly string[], flags: Flags): Promise<number> {
	const loaded = await loadArguments(paths, flags.verbose);
	try {
		return reportLoad(loaded) ? await printLoaded(loaded, flags) : 1;
	} finally {
		loaded.index.close();
	}
}

async function printLoaded(loaded: Loaded, flags: Flags): Promise<number> {
	let picked: ReadonlyArray<readonly [number, CorpusArticle]> | null = null;
	let status = 0;
	if (flags.pick && flags.pick.length > 0) {
		const result = pickArticles(loaded.catalog, flags.pick);
		for (const pick of result.missing) {
			process.stderr.write(errorLine(`no article ${quote(pick)} (a number from 'list', or an id)`));
			status = 1;
		}

		picked = result.articles;
	}

	let articles: Iterable<CorpusArticle> = picked === null ? loaded.catalog.all() : picked.map(([, article]) => article);
	if (flags.match !== undefined) {
		// Search (and its Chinese folding tables) loads only when asked for.
		const {matchingArticles} = await import('./match.js');
		const matching = matchingArticles(loaded, picked, flags.match);
		if (matching.length === 0) {
			status = 1;
		}

		articles = matching;
	}

	// The typography engine loads only for --width, and OpenCC's tables only for --script: plain
	// printing stays as fast as Node starts.
	const wrap = flags.width === undefined ? undefined : await (await import('./print-wrap.js')).lineWrapper(flags.width, flags.ambiguousWidth);
	const script = flags.script ?? 'original';
	const convert = script === 'original' ? null : (await import('../article/convert-article.js')).convertArticle;
	const store = flags.format === 'json' ? ReadingStore.openToRead(stateFile()) : undefined;
	const render = (original: CorpusArticle): string => {
		const article = convert === null ? original : convert(original, script).article;
		switch (flags.format) {
			case 'json': {
				const key = original.readingKey ?? '';
				return renderJson(article, {read: store?.isRead(key) ?? false, starred: store?.isStarred(key) ?? false}) + '\n';
			}

			case 'markdown': {
				return renderMarkdown(article);
			}

			default: {
				return renderText(article, {wrap, indent: flags.indent});
			}
		}
	};

	const separator = flags.format === 'json' ? '' : '\n';
	let first = true;
	let chunk = '';
	for (const article of articles) {
		chunk += (first ? '' : separator) + render(article);
		first = false;
		if (chunk.length > 1 << 16) {
			process.stdout.write(chunk);
			chunk = '';
		}
	}

	process.stdout.write(chunk);
	store?.close();
	return status;
}
