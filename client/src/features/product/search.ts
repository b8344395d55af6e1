import type { HsNode, HsPack, TariffPack } from '../../../../domain/schemas/index.js';
import type { Party } from '../../../../domain/schemas/index.js';
import type { EnginePacks } from '../../../../domain/engine-packs.js';
import { buildSearchIndex, search, type SearchHit, type SearchIndex } from '../../../../domain/search/index.js';

export type SuggestionKind = 'chapter' | 'heading' | 'subheading' | 'line' | 'synonym';

export interface Suggestion {
  code: string;
  kind: SuggestionKind;
  en: string;
  zh?: string;
  chapter: string;
  /** synonym that matched (its term) */
  term?: string;
  /** national code as the source prints it */
  printed?: string;
  /** the query as the search corrected it for a typo */
  corrected?: string;
}

/**
 * In-page product search: the domain search (same ranking as the CLI and the API) over the HS 2022
 * nomenclature with its authored Chinese names, the synonym list and, once a destination is known,
 * its national lines. Also the chapter -> heading -> subheading tree for browsing.
 */
export class ProductSearch {
  private index: SearchIndex | null;
  private nodes = new Map<string, HsNode>();
  private dest?: Party;

  constructor(hs: HsPack | null, tariff?: TariffPack | null) {
    for (const n of hs?.versions['2022'] ?? []) this.nodes.set(n.code, n);
    this.dest = tariff?.dest;
    this.index = hs
      ? buildSearchIndex({ hs, tariffs: tariff ? ({ [tariff.dest]: tariff } as EnginePacks['tariffs']) : {} })
      : null;
  }

  node(code: string): HsNode | undefined {
    return this.nodes.get(code);
  }

  children(code: string): HsNode[] {
    const len = code === '' ? 2 : code.length + 2;
    const out: HsNode[] = [];
    for (const n of this.nodes.values()) if (n.code.length === len && n.code.startsWith(code)) out.push(n);
    return out.sort((a, b) => a.code.localeCompare(b.code));
  }

  search(query: string, limit = 10): Suggestion[] {
    if (!this.index || !query.trim()) return [];
    const t0 = now();
    const hits = search(this.index, query, { dest: this.dest, limit });
    measure(t0);
    return hits.map((h: SearchHit) => ({
      code: h.code,
      kind: h.matched === 'synonym' ? 'synonym' : h.kind === 'national' ? 'line' : h.kind,
      en: h.en,
      zh: h.zh,
      chapter: h.chapter,
      ...(h.synonym ? { term: h.synonym } : {}),
      ...(h.printed ? { printed: h.printed } : {}),
      ...(h.corrected ? { corrected: h.corrected } : {}),
    }));
  }
}

const now = () => (typeof performance !== 'undefined' ? performance.now() : 0);

/** In-page timing of each search, read by the browser test (performance entries named 'rcep-search'). */
function measure(start: number): void {
  try {
    performance.measure('rcep-search', { start, end: now() });
  } catch {
    // no User Timing here (old browser, test runner): nothing to record
  }
}
