/**
A search query that starts with `-` (`corpus-reader search -香港`, everything but 香港) would read as
options to any parser; parseArgs refuses it as an unknown option. It is taken as the query when it is
the first argument after `search` that is neither an option we know nor a positional: the query is
what `search` is given first, and `-word` is how a query says "not".
*/
import {parseArgs} from 'node:util';
import {optionSpec} from './usage.js';

/** Short options that stay options after `search`: `-h` and `-v` still ask for help and the version. */
const shortOptions = new Set(Object.values(optionSpec).flatMap(option => 'short' in option ? [`-${option.short}`] : []));

/**
`argv` without a leading-dash query given to `search`, and that query (its index in `argv`), or
`argv` as it is when there is none.
*/
export function takeDashQuery(argv: readonly string[]): {readonly argv: readonly string[]; readonly query?: string} {
	const {tokens} = parseArgs({args: [...argv], options: optionSpec, allowPositionals: true, strict: false, tokens: true});
	const command = tokens.findIndex(token => token.kind === 'positional');
	if (command < 0 || tokens[command]?.kind !== 'positional' || tokens[command].value !== 'search') {
		return {argv};
	}

	for (const token of tokens.slice(command + 1)) {
		if (token.kind !== 'option') {
			// A positional (the query, plainly written) or `--`: there is no dash query to take.
			return {argv};
		}

		const raw = argv[token.index] ?? '';
		if (!(token.name in optionSpec) && raw.startsWith('-') && !raw.startsWith('--') && !shortOptions.has(raw)) {
			return {argv: argv.filter((_, index) => index !== token.index), query: raw};
		}
	}

	return {argv};
}
