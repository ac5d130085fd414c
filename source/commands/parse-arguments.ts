import {parseArgs} from 'node:util';
import {choices, commands, optionSpec, type CommandName, type Flags} from './usage.js';

export type Arguments =
	| {readonly kind: 'help' | 'version'}
	| {readonly kind: 'usageError'; readonly message: string}
	| {readonly kind: 'run'; readonly command: CommandName | undefined; readonly positionals: readonly string[]; readonly flags: Flags};

/**
The command line, read with `node:util`'s parseArgs: it costs nothing to load, where a CLI framework
took longer than all of Node's own start-up and broke the budget for `print`.
*/
export function parseArguments(argv: readonly string[]): Arguments {
	let parsed;
	try {
		parsed = parseArgs({args: [...argv], options: optionSpec, allowPositionals: true, strict: true});
	} catch (error) {
		const message = error instanceof Error ? error.message.replace(/\. To specify a positional argument.*$/s, '') : String(error);
		return {kind: 'usageError', message: message.replace(/^Unknown option '(.*)'$/, 'unknown option $1')};
	}

	const {values, positionals} = parsed;
	if (values.help) {
		return {kind: 'help'};
	}

	if (values.version) {
		return {kind: 'version'};
	}

	for (const [name, allowed] of Object.entries(choices)) {
		const value = values[name as keyof typeof values];
		if (typeof value === 'string' && !allowed.includes(value)) {
			return {kind: 'usageError', message: `--${name} takes ${allowed.join(', ')}; not "${value}"`};
		}
	}

	let width: number | undefined;
	if (values.width !== undefined) {
		width = Number(values.width);
		if (!Number.isInteger(width) || width < 1) {
			return {kind: 'usageError', message: `--width takes a whole number of columns, 1 or more; not "${values.width}"`};
		}
	}

	const [first, ...rest] = positionals;
	const command = commands.find(name => name === first);
	return {
		kind: 'run',
		command,
		positionals: command ? rest : positionals,
		flags: {
			json: values.json ?? false,
			pick: values.pick,
			match: values.match,
			format: values.format,
			width,
			indent: values.indent,
			sort: values.sort,
			count: values.count,
			verbose: values.verbose,
			ambiguousWidth: values['ambiguous-width'],
		},
	};
}
