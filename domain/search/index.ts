export { buildSearchIndex } from './build-index.js';
export { search } from './search.js';
export type { SearchHit, SearchIndex } from './types.js';
