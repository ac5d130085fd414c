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
	// The pure model: state, actions, the reducer and what it asks of the world.
	state: ['common', 'screen', 'text', 'article', 'corpus', 'search'],
	// Frames composed from the state.
	view: ['common', 'screen', 'text', 'article', 'corpus', 'search', 'state'],
	// The work done outside the reducer: layouts, search, timers.
	services: ['common', 'screen', 'text', 'article', 'corpus', 'search', 'state', 'view'],
	terminal: [],
	ui: ['common', 'screen', 'text', 'article', 'corpus', 'search', 'state', 'view', 'services', 'terminal', 'ink', 'react'],
	commands: ['common', 'screen', 'text', 'article', 'corpus', 'search', 'store', 'state', 'view', 'services', 'terminal', 'ui'],
};
const folders = Object.keys(layers);
// The reducer's folder is pure: no I/O, no clock, no timers, no lazy loading behind it (effects run
// outside it and their results come back as actions).
const pure = ['state'];
const pureRules = {
	files: pure.map(layer => `source/${layer}/**`),
	rules: {
		'no-restricted-globals': ['error', ...['process', 'Date', 'performance', 'setTimeout', 'setImmediate', 'setInterval', 'queueMicrotask', 'fetch']
			.map(name => ({name, message: `${name} is not for the pure model: ask for it as work or an effect (see state/settle.ts).`}))],
		'no-restricted-syntax': ['error', {selector: 'ImportExpression', message: 'no lazy import() in the pure model.'}],
	},
};
const layerRules = Object.entries(layers).map(([layer, allowed]) => ({
	files: [`source/${layer}/**`],
	rules: {
		'no-restricted-imports': ['error', {
			patterns: [
				...folders.filter(other => other !== layer && !allowed.includes(other)).map(other => ({
					group: [`../${other}/*`, `../../${other}/*`],
					message: `${layer}/ must not import ${other}/: imports point inward (see the layers in eslint.config.js).`,
				})),
				...(pure.includes(layer) ? [{group: ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads'], message: `${layer}/ is pure: no Node modules (no I/O).`}] : []),
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
	pureRules,
	{
		files: ['test/**', 'bench/**'],
		rules: {'@typescript-eslint/no-non-null-assertion': 'off'},
	},
);
