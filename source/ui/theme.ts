import type {Style} from '../screen/display-line.js';

/** The text attributes a style turns into (named as Ink's `<Text>` props), written as escape codes by sgr.ts. */
export type TextProps = {
	bold?: boolean;
	dimColor?: boolean;
	italic?: boolean;
	underline?: boolean;
	inverse?: boolean;
	color?: string;
	backgroundColor?: string;
};

/**
Terminal attributes for a style. With `NO_COLOR` set no colour is used at all (chalk would still send
colours on a TTY): selection and hits stay visible through inverse video, bold and underline alone.

Emphasis and quotes are italic in Latin text only; in Han text (an `accent`) a terminal's italic is a
sheared glyph, so they are magenta there, or underlined without colour: a mark under the characters,
where Chinese sets its emphasis dots in horizontal text, and neither slanted nor the bold of `<strong>`.
*/
export function createTheme(useColor: boolean): (style: Style) => TextProps {
	return style => {
		const props: TextProps = {};
		if (style.bold) {
			props.bold = true;
		}

		if (style.dim && !style.selected) {
			props.dimColor = true;
		}

		if (style.italic) {
			props.italic = true;
		}

		if (style.accent) {
			if (useColor) {
				props.color = 'magenta';
			} else {
				props.underline = true;
			}
		}

		if (style.link) {
			props.underline = true;
			if (useColor) {
				props.color = 'cyan';
			}
		}

		if (style.selected) {
			props.inverse = true;
			props.bold = true;
		}

		if (style.hit) {
			if (useColor) {
				props.backgroundColor = style.current ? 'magenta' : 'yellow';
				props.color = 'black';
			} else {
				props.underline = true;
				props.bold = true;
				props.inverse = style.current === true ? !props.inverse : props.inverse;
			}
		}

		return props;
	};
}

/** NO_COLOR (https://no-color.org): present and not empty means no colour. */
export function colorWanted(environment: NodeJS.ProcessEnv): boolean {
	return !environment.NO_COLOR;
}
