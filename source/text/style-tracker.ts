/**
What styles escape sequences leave open along a text: SGR attributes and colours, and an OSC 8
hyperlink. A wrapped line closes what is open at its end and the next one opens it again, so every
line stands on its own (printed alone, cut by a pager, laid beside a border) as with wrap-ansi.

Not a terminal emulator: SGR codes it does not know (fonts, frames) are passed through but never
closed or reopened, and other sequences are none of its business.
*/

/** A style that stays on until its closing code: its SGR parameters, and the code that ends it. */
type OpenStyle = {readonly family: string; readonly open: string; readonly close: number};

type Link = {readonly parameters: string; readonly uri: string};

const SGR = /^(?:\u001B\[|\u009B)([\d;:]*)m$/;
const HYPERLINK = /^\u001B\]8;([^;]*);([^\u0007\u001B]*)(?:\u0007|\u001B\\)$/;

// Attributes by the code that sets them, with the code that ends them (22 ends bold and dim alike).
const MODIFIER_CLOSE = new Map([[1, 22], [2, 22], [3, 23], [4, 24], [5, 25], [6, 25], [7, 27], [8, 28], [9, 29], [21, 24], [53, 55]]);
const MODIFIER_CLOSE_CODES = new Set(MODIFIER_CLOSE.values());

// Colours: foreground, background and underline colour, each set by a range of codes or an extended form.
const COLOUR_CLOSE = new Map([[38, 39], [48, 49], [58, 59]]);

function colourFamily(code: number): number | undefined {
	if ((code >= 30 && code <= 37) || (code >= 90 && code <= 97)) {
		return 38;
	}

	if ((code >= 40 && code <= 47) || (code >= 100 && code <= 107)) {
		return 48;
	}

	return COLOUR_CLOSE.has(code) ? code : undefined;
}

const sgr = (parameters: string | number): string => `\u001B[${parameters}m`;
// BEL ends the OSC, as wrap-ansi writes it: older terminals do not know ST.
const hyperlink = (parameters: string, uri: string): string => `\u001B]8;${parameters};${uri}\u0007`;

/** Follows the styles a sequence of escape sequences leaves open. */
export class StyleTracker {
	private styles: OpenStyle[] = [];
	private link: Link | null = null;

	/** Whether any style or a hyperlink is open. */
	get isOpen(): boolean {
		return this.styles.length > 0 || this.link !== null;
	}

	/** Takes note of what `sequence` opens or closes; says whether it is a style (SGR or OSC 8) at all. */
	apply(sequence: string): boolean {
		const link = HYPERLINK.exec(sequence);
		if (link) {
			const [, parameters = '', uri = ''] = link;
			this.link = uri === '' ? null : {parameters, uri};
			return true;
		}

		const parameters = SGR.exec(sequence)?.[1];
		if (parameters === undefined) {
			return false;
		}

		this.applySgr(parameters.split(';'));
		return true;
	}

	/** What ends every open style, the hyperlink first: written at the end of a line. */
	closing(): string {
		const codes = new Set([...this.styles].reverse().map(style => style.close));
		return (this.link ? hyperlink('', '') : '') + [...codes].map(code => sgr(code)).join('');
	}

	/** What opens every open style again, the hyperlink last: written at the start of the next line. */
	opening(): string {
		return this.styles.map(style => sgr(style.open)).join('') + (this.link ? hyperlink(this.link.parameters, this.link.uri) : '');
	}

	private applySgr(parameters: readonly string[]): void {
		for (let index = 0; index < parameters.length; index++) {
			const parameter = parameters[index] ?? '';
			if (parameter.includes(':')) {
				this.applySubParameters(parameter);
				continue;
			}

			const code = parameter === '' ? 0 : Number(parameter);
			const family = colourFamily(code);
			if (family !== undefined && COLOUR_CLOSE.has(code)) {
				// `38;5;n` and `38;2;r;g;b`: the colour's arguments follow as parameters of their own.
				const length = parameters[index + 1] === '5' ? 3 : parameters[index + 1] === '2' ? 5 : 0;
				if (length === 0 || index + length > parameters.length) {
					return;
				}

				this.open(`colour-${family}`, parameters.slice(index, index + length).join(';'), COLOUR_CLOSE.get(family) ?? 0);
				index += length - 1;
			} else if (family === undefined) {
				this.applyCode(code);
			} else {
				this.open(`colour-${family}`, parameter, COLOUR_CLOSE.get(family) ?? 0);
			}
		}
	}

	/** `38:2::r:g:b`, `4:3` (curly underline): one parameter with its arguments after colons. */
	private applySubParameters(parameter: string): void {
		const code = Number(parameter.split(':')[0]);
		if (COLOUR_CLOSE.has(code)) {
			this.open(`colour-${code}`, parameter, COLOUR_CLOSE.get(code) ?? 0);
		} else if (code === 4) {
			if (parameter === '4:0') {
				this.closeCode(24);
			} else {
				this.open('modifier-4', parameter, 24);
			}
		}
	}

	private applyCode(code: number): void {
		const close = MODIFIER_CLOSE.get(code);
		if (code === 0) {
			this.styles = [];
		} else if (close !== undefined) {
			this.open(`modifier-${code}`, String(code), close);
		} else if (MODIFIER_CLOSE_CODES.has(code) || [...COLOUR_CLOSE.values()].includes(code)) {
			this.closeCode(code);
		}
	}

	private open(family: string, open: string, close: number): void {
		this.styles = [...this.styles.filter(style => style.family !== family), {family, open, close}];
	}

	private closeCode(code: number): void {
		this.styles = this.styles.filter(style => style.close !== code);
	}
}
