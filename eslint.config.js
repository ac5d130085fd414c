import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The layers, innermost first, and what each may import: imports point inward only. Folders without
// Ink or React in their list stay free of them too, so commands start fast and tests need no terminal.
const layers = {
	common: [],
	screen: [],
	text: ['common'],
	article: ['common', 'screen', 'text'],
	corpus: ['common', 'text', 'article'],
	search: ['common', 'text', 'article'],
	store: ['common', 'text', 'article', 'corpus', 'search'],
	state: ['common', 'screen', 'text', 'article', 'corpus', 'search'],
	terminal: [],
	ui: ['common', 'screen', 'text', 'article', 'corpus', 'search', 'state', 'terminal', 'ink', 'react'],
	commands: ['common', 'screen', 'text', 'article', 'corpus', 'search', 'store', 'state', 'terminal', 'ui'],
};
const folders = Object.keys(layers);
const layerRules = Object.entries(layers).map(([layer, allowed]) => ({
	files: [`source/${layer}/**`],
	rules: {
		'no-restricted-imports': ['error', {
			patterns: [
				...folders.filter(other => other !== layer && !allowed.includes(other)).map(other => ({
					group: [`../${other}/*`, `../../${other}/*`],
					message: `${layer}/ must not import ${other}/: imports point inward (see the layers in eslint.config.js).`,
				})),
				...(allowed.includes('ink') ? [] : [{group: ['ink', 'ink-*', 'react', 'react/*'], message: `${layer}/ must not import Ink or React.`}]),
			],
		}],
	},
}));

export default tseslint.config(
	{ignores: ['dist/**', 'node_modules/**', 'coverage/**']},
	js.configs.recommended,
	...tseslint.configs.recommended,
	{
		languageOptions: {
			globals: {
				process: 'readonly', console: 'readonly', Buffer: 'readonly', setTimeout: 'readonly',
				clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', URL: 'readonly',
				TextDecoder: 'readonly', TextEncoder: 'readonly', Intl: 'readonly', performance: 'readonly',
				setImmediate: 'readonly', queueMicrotask: 'readonly',
			},
		},
		rules: {
			'@typescript-eslint/no-explicit-any': 'error',
			'@typescript-eslint/no-non-null-assertion': 'error',
			'no-control-regex': 'off',
			'@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}],
		},
	},
	...layerRules,
	{
		files: ['test/**', 'bench/**'],
		rules: {'@typescript-eslint/no-non-null-assertion': 'off'},
	},
);
