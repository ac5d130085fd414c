/**
What a `source:` value looks for. Articles carry one canonical name per publisher (see
article/known-sources.ts), so any of its names, Latin keys included, finds the same articles.
*/
import {knownSourceNamed} from '../article/known-sources.js';

/**
The names a `source:` value stands for: the canonical name when it is any name of a known source
(case, width and spacing aside), else the value itself (matched as part of a source, as before).

@example
sourceNames('RFI') // ['法广']
sourceNames('法國國際廣播電台') // ['法广']
sourceNames('之音') // ['之音']
*/
export function sourceNames(value: string): readonly string[] {
	return [knownSourceNamed(value)?.name ?? value];
}
