#!/usr/bin/env node
import process from 'node:process';
import meow from 'meow';
import {helpText, flagSpec, commands, type CommandName, type Flags} from './commands/usage.js';
import {errorLine} from './commands/messages.js';
import {endQuietlyOnBrokenPipe} from './commands/output.js';

const cli = meow(helpText, {
	importMeta: import.meta,
	allowUnknownFlags: true,
	flags: flagSpec,
});

const usageError = (message: string): never => {
	process.stderr.write(errorLine(`${message}\nTry 'corpus-reader --help' for usage.`));
	process.exit(2);
};

const unknown = Object.keys(cli.unnormalizedFlags).filter(name => !(name in flagSpec) && !Object.values(flagSpec).some(flag => 'shortFlag' in flag && flag.shortFlag === name));
if (unknown.length > 0) {
	usageError(`unknown option ${unknown.map(name => (name.length === 1 ? `-${name}` : `--${name}`)).join(', ')}`);
}

// meow has checked every flag against flagSpec, which Flags mirrors.
const flags = cli.flags as unknown as Flags;
const [first, ...rest] = cli.input;
const command: CommandName | undefined = commands.find(name => name === first);
const paths = command ? rest : cli.input;
endQuietlyOnBrokenPipe();

// Each command is imported only when used, so `list` and `print` never load Ink or React.
switch (command) {
	case 'list': {
		const {runList} = await import('./commands/list.js');
		process.exitCode = await runList(paths, flags);
		break;
	}

	case 'print': {
		const {runPrint} = await import('./commands/print.js');
		process.exitCode = await runPrint(paths, flags);
		break;
	}

	case 'search': {
		const [query, ...searchPaths] = paths;
		if (query === undefined) {
			usageError('search needs a QUERY');
		}

		const {runSearch} = await import('./commands/search.js');
		process.exitCode = await runSearch(query ?? '', searchPaths, flags);
		break;
	}

	case 'check': {
		const {runCheck} = await import('./commands/check.js');
		process.exitCode = await runCheck(paths, flags);
		break;
	}

	case undefined: {
		const {runReader} = await import('./commands/read.js');
		process.exitCode = await runReader(paths, flags);
		break;
	}
}
