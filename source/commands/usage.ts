/** The command line's vocabulary: commands, flags and the help text, in one place. */

export const commands = ['list', 'print', 'search', 'check'] as const;
export type CommandName = (typeof commands)[number];

/** Every option, as `node:util` parseArgs takes them; values are checked by `parseArguments`. */
export const optionSpec = {
	json: {type: 'boolean'},
	pick: {type: 'string', multiple: true},
	match: {type: 'string'},
	format: {type: 'string', default: 'text'},
	width: {type: 'string'},
	indent: {type: 'boolean', default: false},
	script: {type: 'string'},
	sort: {type: 'string', default: 'date'},
	count: {type: 'boolean', default: false},
	unread: {type: 'boolean', default: false},
	starred: {type: 'boolean', default: false},
	all: {type: 'boolean', default: false},
	verbose: {type: 'boolean', default: false},
	'ambiguous-width': {type: 'string'},
	measure: {type: 'string'},
	help: {type: 'boolean', short: 'h'},
	version: {type: 'boolean', short: 'v'},
} as const;

/** The values an option may take, where it is a choice. */
export const choices: Readonly<Record<string, readonly string[]>> = {
	format: ['text', 'markdown', 'json'],
	script: ['simplified', 'traditional', 'original'],
	sort: ['date', 'relevance'],
	'ambiguous-width': ['narrow', 'wide', 'auto'],
};

export type Flags = {
	readonly json: boolean;
	readonly pick?: readonly string[];
	readonly match?: string;
	readonly format: string;
	readonly width?: number;
	readonly indent: boolean;
	/** print: the text in Simplified or Traditional characters (or as written). */
	readonly script?: 'simplified' | 'traditional' | 'original';
	readonly sort: string;
	readonly count: boolean;
	/** list: only the articles not read in the reader / starred there. */
	readonly unread: boolean;
	readonly starred: boolean;
	/** list, search: the duplicates too (an article with the URL or body of one listed before), hidden by default as in the reader. */
	readonly all: boolean;
	readonly verbose: boolean;
	readonly ambiguousWidth?: string;
	/** The reader's measure in Han characters (0: no cap), when given. */
	readonly measure?: number;
};

export const helpText = `Usage
  $ corpus-reader [PATH...]                 read articles full-screen (default: the bundled seeds/)
  $ corpus-reader list [PATH...]            one line per article: N, date, source, headline
  $ corpus-reader print [PATH...]           print articles as text, Markdown or JSON
  $ corpus-reader search QUERY [PATH...]    matching articles with a snippet around the first hit
  $ corpus-reader check [PATH...]           one line per file that could not be loaded cleanly

PATH is an article file or a folder (searched recursively). Without PATH, the bundled seeds/.
A QUERY may start with - as it is (search -香港: the articles without 香港); after --,
every argument is a QUERY or PATH, options too (search -- --x).

Options
  --json                    list, search: JSON Lines instead of text
  --pick N|ID               print: the article numbered N in \`list\`, or with that id (repeatable)
  --match QUERY             print: only articles matching QUERY
  --format text|markdown|json   print: output format (default text)
  --width N                 print: wrap paragraphs to N columns, Chinese line-breaking rules
  --indent                  print: indent each paragraph with two ideographic spaces
  --script simplified|traditional
                            print: the text in Simplified or Traditional characters
  --sort date|relevance     search: order of results (default date, newest first)
  --count                   search: print only the number of matching articles
  --unread, --starred       list: only the articles not read / starred in the reader
  --all                     list, search: duplicates too (the same URL or text as an
                            article listed before; hidden by default, as in the reader)
  --ambiguous-width narrow|wide|auto
                            width of “ ” … — · (default auto: ask the terminal;
                            also CORPUS_READER_AMBIGUOUS_WIDTH)
  --measure N               reader: at most N Han characters a line (default 40,
                            i.e. 80 columns; 0: no cap; also CORPUS_READER_MEASURE)
  --verbose                 list every file that was skipped or degraded, with the reason
  -h, --help                show this help
  -v, --version             show the version

Environment: CORPUS_READER_AMBIGUOUS_WIDTH, CORPUS_READER_MEASURE,
CORPUS_READER_CACHE_DIR (index folder), CORPUS_READER_CACHE=0 (index in memory only),
CORPUS_READER_STATE_DIR (reading state folder), CORPUS_READER_STATE=0 (remember nothing),
CORPUS_READER_HYPERLINKS=0|1 (OSC 8 links), NO_COLOR, BROWSER.

Exit status: 0 success, 1 nothing found or nothing loadable (check: problems found), 2 usage error.

Examples
  $ corpus-reader ~/news
  $ corpus-reader list ~/news | grep 香港
  $ corpus-reader search '香港 source:rfi after:2020-07-01' ~/news
  $ corpus-reader print --pick 3 --width 40 ~/news | less
`;
