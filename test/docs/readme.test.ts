import fs from 'node:fs';
import {expect, test} from 'vitest';
import {keyTableMarkdown} from '../../source/state/key-table.js';

const readme = fs.readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

test('the README lists the keys exactly as the key map has them', () => {
	expect(readme).toContain(keyTableMarkdown());
});

test('the README gives the two set-up commands', () => {
	expect(readme).toContain('npm install && npm start');
	expect(readme).toContain('npm test');
});

test('the README and --help name every option the command line takes', async () => {
	const {helpText, optionSpec} = await import('../../source/commands/usage.js');
	for (const name of Object.keys(optionSpec)) {
		// In the options table's first column: `| \`--width N\` |`, `| \`-h\`, \`--help\` / \`-v\`, \`--version\` |`.
		expect(readme, `--${name} in the README`).toMatch(new RegExp(`^\\| [^|]*\`--${name}[\` ]`, 'm'));
		expect(helpText, `--${name} in --help`).toContain(`--${name}`);
	}
});

test('the README and --help name the measure\'s variable and default', async () => {
	const {MEASURE_ENV} = await import('../../source/commands/measure-cap.js');
	const {defaultMeasure, defaultMaxTextWidth} = await import('../../source/state/layout.js');
	const {helpText} = await import('../../source/commands/usage.js');
	expect(readme).toContain(`| \`${MEASURE_ENV}\` |`);
	expect(readme).toContain(`default ${defaultMeasure}, i.e. ${defaultMaxTextWidth} columns`);
	expect(helpText).toContain(MEASURE_ENV);
	expect(helpText).toContain(`default ${defaultMeasure},\n                            i.e. ${defaultMaxTextWidth} columns`);
});
