import {describe, expect, test} from 'vitest';
import {parseArguments} from '../../source/commands/parse-arguments.js';

const positionals = (argv: string[]) => {
	const parsed = parseArguments(argv);
	return parsed.kind === 'run' ? [parsed.command, ...parsed.positionals] : parsed;
};

describe('a search query that starts with -', () => {
	test.each([
		[['search', '-香港'], ['search', '-香港']],
		[['search', '-香港 title:香港', 'news'], ['search', '-香港 title:香港', 'news']],
		[['search', '-香港', '--json', 'news'], ['search', '-香港', 'news']],
		[['--json', 'search', '-x', 'news'], ['search', '-x', 'news']],
		[['search', '--sort', 'relevance', '-x'], ['search', '-x']],
		// As before: after --, anything.
		[['search', '--', '-香港', '--json'], ['search', '-香港', '--json']],
	])('%j is searched as %j', (argv, expected) => {
		expect(positionals(argv)).toEqual(expected);
	});

	test('its flags are still read', () => {
		const parsed = parseArguments(['search', '-香港', '--json', '--count']);
		expect(parsed.kind === 'run' && parsed.flags).toMatchObject({json: true, count: true});
	});

	test('-h and -v still ask for help and the version', () => {
		expect(parseArguments(['search', '-h']).kind).toBe('help');
		expect(parseArguments(['search', '-v']).kind).toBe('version');
	});

	test('only the first argument after search: a dash after the query is still an unknown option', () => {
		expect(parseArguments(['search', '香港', '-x'])).toEqual({kind: 'usageError', message: expect.stringMatching(/^unknown option -x .*--/)});
	});

	test('an unknown long option is one, and the message says how to pass it', () => {
		expect(parseArguments(['search', '--bogus'])).toEqual({kind: 'usageError', message: expect.stringContaining('unknown option --bogus')});
		expect(parseArguments(['list', '-x'])).toEqual({kind: 'usageError', message: expect.stringContaining('unknown option -x')});
	});
});

describe('--measure', () => {
	test.each([
		[['--measure', '40'], 40],
		[['--measure', '0'], 0],
		[['--measure', ' 35 '], 35],
		[[], undefined],
	])('%j reads as %s', (argv, measure) => {
		const parsed = parseArguments(argv);
		expect(parsed.kind === 'run' && parsed.flags.measure).toBe(measure);
	});

	test.each([['-5'], ['4.5'], ['wide'], ['']])('%j is a usage error', value => {
		expect(parseArguments([`--measure=${value}`])).toEqual({kind: 'usageError', message: expect.stringMatching(/^--measure takes a whole number of characters/)});
	});
});
