/** The layers are enforced by lint: an import that points outward fails `npm run lint`. */
import {ESLint} from 'eslint';
import {expect, test} from 'vitest';
import {repoRoot} from '../helpers/repo-paths.js';

const eslint = new ESLint({cwd: repoRoot});

/** The restricted-import messages for `code` as if it were the file at `file`. */
async function layerErrors(file: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, {filePath: file});
	return (result?.messages ?? []).filter(message => message.ruleId === 'no-restricted-imports').map(message => message.message);
}

test.each([
	['source/text/probe.ts', "import {parseArticle} from '../article/parse-article.js';\nexport const probe = parseArticle;\n", 'text/ must not import article/'],
	['source/article/probe.ts', "import {loadCorpus} from '../store/load-corpus.js';\nexport const probe = loadCorpus;\n", 'article/ must not import store/'],
	['source/state/probe.ts', "import {App} from '../ui/app.js';\nexport const probe = App;\n", 'state/ must not import ui/'],
	['source/state/probe.ts', "import {Box} from 'ink';\nexport const probe = Box;\n", 'state/ must not import Ink or React'],
	['source/state/probe.ts', "import {createReaderModel} from '../services/reader-model.js';\nexport const probe = createReaderModel;\n", 'state/ must not import services/'],
	['source/state/probe.ts', "import {composeFrame} from '../view/frame.js';\nexport const probe = composeFrame;\n", 'state/ must not import view/'],
	['source/state/probe.ts', "import fs from 'node:fs';\nexport const probe = fs;\n", 'state/ is pure: no Node modules'],
	['source/corpus/probe.ts', "import {foldText} from '../search/fold.js';\nexport const probe = foldText;\n", 'corpus/ must not import search/'],
])('%s: an outward import fails lint', async (file, code, message) => {
	expect(await layerErrors(file, code)).toEqual([expect.stringContaining(message)]);
});

/** Every rule message for `code` as the file at `file`. */
async function allErrors(file: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, {filePath: file});
	return (result?.messages ?? []).map(message => message.message);
}

test.each([
	["export const later = (f: () => void) => setTimeout(f, 0);\n", 'setTimeout is not for the pure model'],
	["export const now = () => Date.now();\n", 'Date is not for the pure model'],
	["export const load = async () => import('../search/index.js');\n", 'no lazy import()'],
])('the pure model has no timers, clock or lazy imports: %s', async (code, message) => {
	expect(await allErrors('source/state/probe.ts', code)).toEqual([expect.stringContaining(message)]);
	expect(await allErrors('source/services/probe.ts', code)).toEqual([]);
});

test('inward imports pass', async () => {
	expect(await layerErrors('source/article/probe.ts', "import {wrapText} from '../text/wrap.js';\nexport const probe = wrapText;\n")).toEqual([]);
	expect(await layerErrors('source/ui/probe.ts', "import {Box} from 'ink';\nimport {reduce} from '../state/reduce.js';\nexport const probe = [Box, reduce];\n")).toEqual([]);
});
