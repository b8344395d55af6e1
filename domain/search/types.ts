import type { Party } from '../schemas/index.js';

export type HitKind = 'chapter' | 'heading' | 'subheading' | 'national';

export interface SearchHit {
  kind: HitKind;
  /** digits */
  code: string;
  /** code as the source prints it (national lines) */
  printed?: string;
  en: string;
  zh?: string;
  /** chapter digits ('85') */
  chapter: string;
  /** destination of a national line */
  dest?: Party;
  score: number;
  /** what matched: the code, words of the description, or an authored synonym */
  matched: 'code' | 'text' | 'synonym';
  /** the synonym term that matched */
  synonym?: string;
  /** the query as corrected for a typo ('榨彩' -> '榨菜'), when it was */
  corrected?: string;
}

export interface SearchOptions {
  dest?: Party;
  limit?: number;
  /** include national lines of destinations other than `dest` (default: only when no dest) */
  allDestinations?: boolean;
}

/** Postings: term -> doc ids (sorted ascending, unique). */
export interface TermIndex {
  terms: string[];
  postings: Int32Array[];
}

export interface SearchIndex {
  kind: Uint8Array; // index into HIT_KINDS
  dest: Int8Array; // index into DEST_LIST, -1 for nomenclature
  code: string[];
  printed: (string | undefined)[];
  en: string[];
  zh: (string | undefined)[];
  /** prior per doc: nomenclature ranks above national lines on equal text */
  prior: Float32Array;
  en_terms: TermIndex;
  zh_terms: Map<string, Int32Array>;
  /** normalised synonym term -> doc ids */
  synonyms: Map<string, { term: string; docs: number[] }>;
  /** codes sorted, with their doc ids (prefix range search) */
  codeKeys: string[];
  codeDocs: Int32Array;
  /** scratch buffers reused across queries (single-threaded JS) */
  scratchScore: Float32Array;
  scratchHits: Int32Array;
  scratchZh: Int32Array;
}

export const HIT_KINDS: HitKind[] = ['chapter', 'heading', 'subheading', 'national'];
