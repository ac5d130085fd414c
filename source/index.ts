/** The package's programmatic entry: the pure building blocks behind the `corpus-reader` command. */
export type {Article, Block, Inline, MediaKind, TextBlockType} from './article/article.js';
export {blockText, runsText} from './article/article.js';
