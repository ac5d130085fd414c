/**
Search over a corpus: folding (case, width, Traditional/Simplified), a small query language, matching
with hit positions in the original text, snippets and relevance order.
*/
export {foldText, foldTextWithMap, originalRange, type Folded, type FoldedWithMap} from './fold.js';
export {findHits, type Hit} from './hits.js';
export {articleMatches, matchArticles} from './match.js';
export {emptyQuery, parseQuery, type Query, type QueryTerm} from './query.js';
export {sortByRelevance} from './relevance.js';
export {prepareSearch, prepareSearchInSlices, type SearchIndex} from './search-index.js';
export {makeSnippet, type Snippet} from './snippet.js';
export {sourceNames} from './source-names.js';
