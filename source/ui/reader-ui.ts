/**
Everything the full-screen reader needs beyond the plain commands, behind one module. The build
bundles this file with Ink and React (`npm run build` runs esbuild after tsc): Ink imports a utility
library as 415 separate modules, which took half a second to load; one bundled file loads in a
fraction of that. Unbundled (plain `tsc`), it works the same, only slower to start.
*/
export {render} from 'ink';
export {createElement} from 'react';
export {App} from './app.js';
export {createReaderModel} from '../state/reader-model.js';
export {colorWanted} from './theme.js';
