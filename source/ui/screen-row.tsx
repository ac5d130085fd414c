import React from 'react';
import {Text} from 'ink';
import type {DisplayLine, Style} from '../article/article-lines.js';
import type {TextProps} from './theme.js';

type Props = {
	readonly line: DisplayLine;
	readonly theme: (style: Style) => TextProps;
};

/** One screen row: its segments, already cut to the terminal's width, each in its style. */
export function ScreenRow({line, theme}: Props): React.JSX.Element {
	return (
		<Text wrap="truncate-end">
			{line.map((segment, index) => (
				<Text key={index} {...theme(segment.style)}>{segment.text}</Text>
			))}
		</Text>
	);
}
