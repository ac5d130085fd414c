/**
Everything the full-screen reader needs beyond the plain commands, behind one module that the CLI
imports only to read: `list` and `print` never load Ink or React. The build bundles it, with Ink and
React, into one chunk (see `npm run bundle`).
*/
export {render} from 'ink';
export {createElement} from 'react';
export {App} from './app.js';
export {createReaderModel} from '../services/reader-model.js';
export {colorWanted} from './theme.js';
