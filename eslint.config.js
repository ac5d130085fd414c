import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const pureFolders = ['source/common/**', 'source/text/**', 'source/article/**', 'source/corpus/**', 'source/search/**', 'source/state/**', 'source/commands/**'];

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
	{
		// Pure logic stays free of Ink and React, so commands start fast and tests need no terminal.
		files: pureFolders,
		rules: {
			'no-restricted-imports': ['error', {patterns: [{group: ['ink', 'ink-*', 'react', 'react/*'], message: 'Pure modules must not import Ink or React.'}]}],
		},
	},
	{
		files: ['test/**', 'bench/**'],
		rules: {'@typescript-eslint/no-non-null-assertion': 'off'},
	},
);
