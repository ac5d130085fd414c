/**
Where keys go: the panes (`browse`), the search line, the command line (`:`), the help screen, or the
sources view. One value, so a key means one thing at a time.
*/
export type Mode = 'browse' | 'search' | 'command' | 'help' | 'sources';
