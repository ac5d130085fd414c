import {helpRows} from './keymap.js';

/** The key map as a Markdown table: README.md holds this very text, and a test keeps the two the same. */
export function keyTableMarkdown(): string {
	const escape = (text: string): string => text.replaceAll('|', '\\|');
	return [
		'| keys | what they do |',
		'| --- | --- |',
		...helpRows().map(row => `| ${escape(row.keys.split(' ').map(key => `\`${key}\``).join(' '))} | ${escape(row.help)} |`),
	].join('\n');
}
