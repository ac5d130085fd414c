/** The package's programmatic entry: the pure building blocks behind the `corpus-reader` command. */
export type {Article, Block, Inline, MediaKind, TextBlockType} from './article/article.js';
export {blockText, runsText} from './article/article.js';
export {parseArticle} from './article/parse-article.js';
export {renderText, type TextOptions, type TextWrap} from './article/render-text.js';
export {renderMarkdown} from './article/render-markdown.js';
export type {Corpus, CorpusArticle, Problem, ProblemKind} from './corpus/corpus.js';
export {loadCorpus} from './store/load-corpus.js';
export {displayWidth} from './text/display-width.js';
export {createMeasure, type Measure} from './text/measure.js';
export {wrapText} from './text/wrap.js';
export {truncateToWidth} from './text/truncate.js';
export {sanitizeText} from './text/sanitize.js';
export {findHits, makeSnippet, matchArticles, parseQuery, prepareSearch, type Hit, type Query, type SearchIndex} from './search/index.js';
