export { buildSearchIndex, DEST_LIST } from './build-index.js';
export { search } from './search.js';
export type { SearchHit, SearchIndex, SearchOptions, HitKind } from './types.js';
