/**
Which width East Asian Ambiguous characters (`“ ” ‘ ’ … — ·`) get: one column in most terminals, two
in terminals set to "ambiguous is wide" (iTerm2, VTE, WezTerm, vim `ambiwidth=double`). No standard
variable tells, so it comes from a flag, else an environment variable, else a probe of the terminal.
*/

export type AmbiguousWidthMode = 'narrow' | 'wide' | 'auto';

/** The environment variable that sets the mode when no flag does. */
export const AMBIGUOUS_WIDTH_ENV = 'CORPUS_READER_AMBIGUOUS_WIDTH';

export type AmbiguousWidthSetting = {
	/** `auto` means: probe the terminal (see `probeAmbiguousWidth`), narrow when it cannot be. */
	readonly mode: AmbiguousWidthMode;
	readonly source: 'flag' | 'env' | 'default';
	/** Set when a value given was not understood and was ignored. */
	readonly warning?: string;
};

/** `narrow`, `wide` or `auto` (any case), else undefined. */
export function parseAmbiguousWidthMode(value: string): AmbiguousWidthMode | undefined {
	const lower = value.toLowerCase();
	return lower === 'narrow' || lower === 'wide' || lower === 'auto' ? lower : undefined;
}

/**
The mode to use: the flag wins over `CORPUS_READER_AMBIGUOUS_WIDTH`, which wins over the default `auto`.
An empty value counts as unset; one not understood is ignored with a warning.

@example
resolveAmbiguousWidth(undefined, {CORPUS_READER_AMBIGUOUS_WIDTH: 'wide'}) //=> {mode: 'wide', source: 'env'}
*/
export function resolveAmbiguousWidth(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): AmbiguousWidthSetting {
	const warnings: string[] = [];
	if (flag !== undefined && flag !== '') {
		const mode = parseAmbiguousWidthMode(flag);
		if (mode !== undefined) {
			return {mode, source: 'flag'};
		}

		warnings.push(`--ambiguous-width: "${flag}" is not narrow, wide or auto`);
	}

	const variable = env[AMBIGUOUS_WIDTH_ENV];
	if (variable !== undefined && variable !== '') {
		const mode = parseAmbiguousWidthMode(variable);
		if (mode !== undefined) {
			return withWarning({mode, source: 'env'}, warnings);
		}

		warnings.push(`${AMBIGUOUS_WIDTH_ENV}: "${variable}" is not narrow, wide or auto`);
	}

	return withWarning({mode: 'auto', source: 'default'}, warnings);
}

function withWarning(setting: AmbiguousWidthSetting, warnings: readonly string[]): AmbiguousWidthSetting {
	return warnings.length === 0 ? setting : {...setting, warning: `${warnings.join('; ')} (ignored)`};
}
