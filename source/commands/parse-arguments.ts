import {parseArgs} from 'node:util';
import {takeDashQuery} from './dash-query.js';
import {parseMeasure} from './measure-cap.js';
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
	const dashQuery = takeDashQuery(argv);
	let parsed;
	try {
		parsed = parseArgs({args: [...dashQuery.argv], options: optionSpec, allowPositionals: true, strict: true});
	} catch (error) {
		const message = error instanceof Error ? error.message.replace(/\. To specify a positional argument.*$/s, '') : String(error);
		const unknown = /^Unknown option '(.*)'$/.exec(message);
		return {kind: 'usageError', message: unknown ? `unknown option ${unknown[1] ?? ''} (a PATH or QUERY that starts with - goes after --: search -- --x PATH)` : message};
	}

	const {values} = parsed;
	// The dash query is search's first positional, where it was taken from.
	const positionals = dashQuery.query === undefined ? parsed.positionals : [parsed.positionals[0] ?? 'search', dashQuery.query, ...parsed.positionals.slice(1)];
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

	const measure = values.measure === undefined ? undefined : parseMeasure(values.measure);
	if (values.measure !== undefined && measure === undefined) {
		return {kind: 'usageError', message: `--measure takes a whole number of characters, 0 for no cap; not "${values.measure}"`};
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
			// Checked against `choices` above.
			script: values.script as Flags['script'],
			sort: values.sort,
			count: values.count,
			unread: values.unread,
			starred: values.starred,
			all: values.all,
			verbose: values.verbose,
			ambiguousWidth: values['ambiguous-width'],
			measure,
		},
	};
}
