import fs from 'node:fs';
import path from 'node:path';
import type {Exit} from '../ui/use-effects.js';
import {renderText} from '../article/render-text.js';
import {openTerminal} from '../terminal/controlling-terminal.js';
import {hyperlinksWanted} from '../terminal/hyperlinks.js';
import {suspendScreen, takeOverScreen} from '../terminal/screen.js';
import {openCorpusIndex} from '../store/corpus-index.js';
import {ReadingStore} from '../store/reading-store.js';
import {stateFile} from '../store/state-location.js';
import {problemMessages, rootsOf} from './load-args.js';
import {crashReport, errorLine} from './messages.js';
import {packageRoot} from './package-root.js';
import {progressLine} from './progress-line.js';
import {readerBackground} from './reader-background.js';
import {runList} from './list.js';
import {resolveMeasure} from './ambiguous.js';
import {resolveMeasureCap} from './measure-cap.js';
import type {Flags} from './usage.js';
import type {Searcher} from '../services/reader-model.js';

/**
`corpus-reader [PATH...]`: the full-screen reader. It draws on the terminal (on /dev/tty when stdout
is a pipe, so the chosen article goes down the pipe), and with no terminal at all prints the list.
*/
export async function runReader(paths: readonly string[], flags: Flags): Promise<number> {
	if (process.env.TERM === 'dumb') {
		// No cursor addressing (an Emacs shell buffer, some CI logs): the list is what it can show, as less says.
		process.stderr.write(errorLine('terminal is not fully functional (TERM=dumb): printing the list'));
		return runList(paths, flags);
	}

	const terminal = openTerminal();
	if (!terminal) {
		return runList(paths, flags);
	}

	if (terminal.piped && !process.env.FORCE_COLOR) {
		// chalk judges colour support by stdout, which is the pipe here; the screen is the terminal.
		const depth = terminal.output.getColorDepth();
		process.env.FORCE_COLOR = depth >= 24 ? '3' : (depth >= 8 ? '2' : '1');
	}

	// Ink and React load only here, so the plain commands never pay for them; they load while the
	// index opens.
	const ui = import('../ui/reader-ui.js');
	const measure = await resolveMeasure(flags.ambiguousWidth, terminal);
	const cap = resolveMeasureCap(flags.measure, process.env);
	if (cap.warning) {
		process.stderr.write(errorLine(cap.warning));
	}

	const roots = rootsOf(paths);
	const index = openCorpusIndex(roots);
	if (index.notice !== null) {
		process.stderr.write(errorLine(index.notice));
	}

	// Warm: the first frame comes from the index as it is, and the files are checked after it. Else
	// (first run, or no index file) they are walked now, with a progress line on the terminal.
	const warm = index.file !== null && index.complete();
	let folders: readonly string[] = [];
	if (!warm) {
		const progress = progressLine(terminal.output);
		const result = await index.syncInSlices({
			onProgress({done, total}) {
				progress.update('indexing files', done, total);
			},
		});
		progress.clear();
		folders = result.folders;
		for (const message of problemMessages(roots, result.problems, flags.verbose)) {
			process.stderr.write(message);
		}
	}

	const catalog = index.catalog();
	if (catalog.length === 0) {
		process.stderr.write(errorLine('no articles found'));
		index.close();
		terminal.close();
		return 1;
	}

	const reading = ReadingStore.open(stateFile());
	if (reading.notice !== null) {
		process.stderr.write(errorLine(reading.notice));
	}

	const store = reading.store;
	// The corpus as its roots name it: the place in the list is kept per corpus.
	const corpusKey = JSON.stringify(roots.map(root => path.resolve(root)));
	const place = store.place(corpusKey);
	const start = {
		article: place.selected === null ? undefined : catalog.positionOfId(place.selected),
		filter: place.filter ?? undefined,
		searchHistory: store.searches(),
	};

	const {render, createElement, App, createReaderModel, colorWanted} = await ui;
	let textsReady: () => void = () => undefined;
	const texts = new Promise<void>(resolve => {
		textsReady = resolve;
	});
	const searcher: Searcher = {
		// Bodies are folded by the background work; search is ready when they all are.
		prepare: async () => texts,
		search: query => index.search(index.catalog(), query),
	};
	const model = createReaderModel(catalog, {
		measure,
		searcher,
		showYear: catalog.spansYears(),
		leadingSources: catalog.leadingSources(2000),
		// As the last complete walk counted them (this one, or the last run's).
		skipped: index.meta('skipped'),
		degraded: index.meta('degraded'),
		reading: store,
		// The catalog of the moment: the background check replaces it when files change.
		readingKeys: () => index.catalog().readingKeys(),
		savePlace(kept) {
			store.setPlace(corpusKey, kept);
		},
	});
	const workerFile = path.join(packageRoot(), 'dist', 'sync-worker.js');
	const background = readerBackground({
		index, roots, checkFirst: warm, folders, quiet: model.waitForQuiet, onTextsReady: textsReady, workerFile: fs.existsSync(workerFile) ? workerFile : null,
	});
	// Ink draws its last frame when it unmounts (on exit too): while the alternate screen is still up.
	let stopDrawing = (): void => undefined;
	const restore = takeOverScreen(terminal.input, terminal.output, terminal.outputFd, crashReport, () => {
		stopDrawing();
	});
	let exit = {type: 'quit'} as Exit;
	const instance = render(createElement(App, {
		model,
		total: catalog.length,
		useColor: colorWanted(process.env),
		hyperlinks: hyperlinksWanted(process.env, terminal.output),
		piped: terminal.piped,
		maxTextWidth: cap.maxTextWidth,
		onExit(value: Exit) {
			exit = value;
			instance.unmount();
		},
		background,
		start,
		onSearch(query: string) {
			store.addSearch(query);
		},
		async onSuspend() {
			return new Promise<void>(resolve => {
				suspendScreen(terminal.input, terminal.output, terminal.outputFd, resolve);
			});
		},
	}), {
		stdout: terminal.output,
		stdin: terminal.input,
		exitOnCtrlC: false,
		patchConsole: false,
		maxFps: 120,
	});
	stopDrawing = () => {
		instance.unmount();
		// On every way out (q, a signal, a crash): the position and place not yet written are written now.
		model.flush();
	};
	try {
		await instance.waitUntilExit();
	} finally {
		restore();
		terminal.close();
		model.flush();
		store.close();
		index.close();
	}

	if (exit.type === 'print') {
		const {convertArticle} = await import('../article/convert-article.js');
		process.stdout.write(renderText(convertArticle(exit.article, exit.script).article));
	}

	return exit.type === 'interrupt' ? 130 : 0;
}
