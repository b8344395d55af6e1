import type { HsNode, HsPack, TariffPack } from '../../../../domain/schemas/index.js';
import { codeDigits } from '../wizard/errors.js';

export type SuggestionKind = 'chapter' | 'heading' | 'subheading' | 'line' | 'synonym';

export interface Suggestion {
  code: string;
  kind: SuggestionKind;
  en: string;
  zh?: string;
  chapter: string;
  /** synonym that matched (its term) */
  term?: string;
}

interface Entry extends Suggestion {
  hay: string;
}

/**
 * In-page product search over the HS 2022 nomenclature (authored Chinese names of chapters and
 * headings), the synonym list and, once a destination is known, its national lines.
 * Built once per pack; a query scans ~15k short strings (well under a frame).
 */
export class ProductSearch {
  private entries: Entry[] = [];
  private nodes = new Map<string, HsNode>();

  constructor(hs: HsPack | null, tariff?: TariffPack | null) {
    for (const n of hs?.versions['2022'] ?? []) {
      this.nodes.set(n.code, n);
      const kind: SuggestionKind = n.code.length === 2 ? 'chapter' : n.code.length === 4 ? 'heading' : 'subheading';
      this.entries.push({ code: n.code, kind, en: n.en, zh: n.zh, chapter: n.code.slice(0, 2), hay: hay(n.en, n.zh) });
    }
    for (const s of hs?.synonyms ?? []) {
      for (const h of s.headings) {
        const node = this.nodes.get(h);
        this.entries.push({
          code: h,
          kind: 'synonym',
          en: node?.en ?? '',
          zh: node?.zh,
          chapter: h.slice(0, 2),
          term: s.term,
          hay: hay(s.term),
        });
      }
    }
    for (const l of tariff?.lines ?? []) {
      this.entries.push({ code: l.code, kind: 'line', en: l.desc, chapter: l.code.slice(0, 2), hay: hay(l.desc) });
    }
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
    const q = query.trim().toLowerCase();
    if (!q) return [];
    const digits = codeDigits(q);
    const out: Suggestion[] = [];
    const seen = new Set<string>();
    const add = (e: Entry) => {
      const key = `${e.kind === 'synonym' ? 'h' : e.kind}:${e.code}`;
      if (seen.has(key) || out.length >= limit) return;
      seen.add(key);
      const { hay: _h, ...s } = e;
      out.push(s);
    };
    if (/^\d{2,}$/.test(digits)) {
      // a code: shortest first (chapter, heading, subheading, lines)
      const hits = this.entries.filter((e) => e.kind !== 'synonym' && e.code.startsWith(digits));
      hits.sort((a, b) => a.code.length - b.code.length || a.code.localeCompare(b.code));
      hits.forEach(add);
      return out;
    }
    const words = q.split(/\s+/).filter(Boolean);
    const score = (e: Entry) => {
      if (!words.every((w) => e.hay.includes(w))) return -1;
      let s = 0;
      if (e.kind === 'synonym') s += 50;
      if (e.hay.startsWith(q)) s += 20;
      if (e.kind === 'heading') s += 10;
      if (e.kind === 'subheading') s += 5;
      return s - e.hay.length / 100;
    };
    const scored: [number, Entry][] = [];
    for (const e of this.entries) {
      const s = score(e);
      if (s >= 0) scored.push([s, e]);
    }
    scored.sort((a, b) => b[0] - a[0]);
    for (const [, e] of scored) add(e);
    return out;
  }
}

function hay(...parts: (string | undefined)[]): string {
  return parts.filter(Boolean).join(' ').toLowerCase();
}
