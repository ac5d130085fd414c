import type {Exit} from '../ui/use-effects.js';
import {renderText} from '../article/render-text.js';
import {openTerminal} from '../terminal/controlling-terminal.js';
import {suspendScreen, takeOverScreen} from '../terminal/screen.js';
import {loadArguments, reportLoad} from './load-args.js';
import {runList} from './list.js';
import {resolveAmbiguous} from './ambiguous.js';
import type {Flags} from './usage.js';
import type {Searcher} from '../state/reader-model.js';

/**
`corpus-reader [PATH...]`: the full-screen reader. It draws on the terminal (on /dev/tty when stdout
is a pipe, so the chosen article goes down the pipe), and with no terminal at all prints the list.
*/
export async function runReader(paths: readonly string[], flags: Flags): Promise<number> {
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
	// corpus does.
	const ui = import('../ui/reader-ui.js');
	const probing = resolveAmbiguous(flags.ambiguousWidth, terminal);
	// The terminal answers the probe within milliseconds; loading after it keeps a long synchronous
	// slice of loading from outlasting the probe's timeout before its answer is read.
	await probing;
	const loading = loadArguments(paths, flags.verbose);
	// A large corpus read for the first time takes a moment: say so on the terminal, once the width
	// probe is done with it, and wipe the line before the screen is taken over.
	let settled = false;
	let shown = false;
	const notice = setTimeout(() => {
		void probing.then(() => {
			if (!settled) {
				terminal.output.write('corpus-reader: loading…');
				shown = true;
			}
		});
	}, 300);
	const [loaded, ambiguousWide] = await Promise.all([loading, probing]);
	settled = true;
	clearTimeout(notice);
	if (shown) {
		terminal.output.write('\r\u001B[K');
	}

	if (!reportLoad(loaded)) {
		loaded.index.close();
		terminal.close();
		return 1;
	}

	const {render, createElement, App, createReaderModel, colorWanted} = await ui;
	const {index, catalog, problems} = loaded;
	const searcher: Searcher = {
		async prepare(between) {
			// A few bodies at a time, and none while keys are coming: browsing must not wait behind it.
			// Stops when the reader has closed the index: quitting never waits for it.
			while (index.db.open) {
				let batches = 0;
				const {remaining} = index.indexTexts({batchSize: 20, shouldStop: () => batches++ > 0});
				if (remaining === 0) {
					return;
				}

				await between();
			}
		},
		search: query => index.search(index.catalog(), query),
	};
	const model = createReaderModel(catalog, {
		ambiguousWide,
		searcher,
		showYear: catalog.spansYears(),
		leadingSources: catalog.leadingSources(2000),
		skipped: problems.filter(problem => problem.kind === 'skipped').length,
		degraded: problems.filter(problem => problem.kind === 'degraded').length,
	});
	const restore = takeOverScreen(terminal.input, terminal.outputFd);
	let exit = {type: 'quit'} as Exit;
	const instance = render(createElement(App, {
		model,
		total: catalog.length,
		useColor: colorWanted(process.env),
		piped: terminal.piped,
		onExit(value: Exit) {
			exit = value;
			instance.unmount();
		},
		async onSuspend() {
			return new Promise<void>(resolve => {
				suspendScreen(terminal.input, terminal.outputFd, resolve);
			});
		},
	}), {
		stdout: terminal.output,
		stdin: terminal.input,
		exitOnCtrlC: false,
		patchConsole: false,
		maxFps: 120,
	});
	try {
		await instance.waitUntilExit();
	} finally {
		restore();
		terminal.close();
		index.close();
	}

	if (exit.type === 'print') {
		process.stdout.write(renderText(exit.article));
	}

	return exit.type === 'interrupt' ? 130 : 0;
}
