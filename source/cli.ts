#!/usr/bin/env node
import fs from 'node:fs';
import module from 'node:module';
import process from 'node:process';
import {helpText} from './commands/usage.js';
import {crashReport, errorLine} from './commands/messages.js';
import {endQuietlyOnBrokenPipe} from './commands/output.js';
import {parseArguments} from './commands/parse-arguments.js';

// Node 22.1 and later keep compiled code between runs, which shortens every start; Node 20 has no
// such cache, and there this does nothing.
(module as {enableCompileCache?: () => unknown}).enableCompileCache?.();

const parsed = parseArguments(process.argv.slice(2));
endQuietlyOnBrokenPipe();

// Each command is imported only when used, so `list` and `print` never load Ink or React.
async function main(): Promise<number> {
	switch (parsed.kind) {
		case 'help': {
			process.stdout.write(helpText);
			return 0;
		}

		case 'version': {
			const {packageVersion} = await import('./commands/package-root.js');
			process.stdout.write(`${packageVersion()}\n`);
			return 0;
		}

		case 'usageError': {
			process.stderr.write(errorLine(`${parsed.message}\nTry 'corpus-reader --help' for usage.`));
			return 2;
		}

		case 'run': {
			break;
		}
	}

	const {command, positionals, flags} = parsed;
	const [first] = positionals;
	if (command === undefined && first !== undefined && /^[a-z]+$/.test(first) && !fs.existsSync(first)) {
		// A bare word that names no file is a mistyped command far more often than a missing folder.
		process.stderr.write(errorLine(`unknown command "${first}" (commands: list, print, search, check)\nTry 'corpus-reader --help' for usage.`));
		return 2;
	}

	switch (command) {
		case 'list': {
			const {runList} = await import('./commands/list.js');
			return runList(positionals, flags);
		}

		case 'print': {
			const {runPrint} = await import('./commands/print.js');
			return runPrint(positionals, flags);
		}

		case 'search': {
			const [query, ...paths] = positionals;
			if (query === undefined) {
				process.stderr.write(errorLine('search needs a QUERY\nTry \'corpus-reader --help\' for usage.'));
				return 2;
			}

			const {runSearch} = await import('./commands/search.js');
			return runSearch(query, paths, flags);
		}

		case 'check': {
			const {runCheck} = await import('./commands/check.js');
			return runCheck(positionals, flags);
		}

		case undefined: {
			const {runReader} = await import('./commands/read.js');
			return runReader(positionals, flags);
		}
	}
}

try {
	process.exitCode = await main();
} catch (error) {
	// An unexpected error becomes one line, and exit 1 (the reader's screen reports the same way).
	process.stderr.write(crashReport(error));

	process.exitCode = 1;
}
