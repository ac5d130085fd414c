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
