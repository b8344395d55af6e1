import type { EnginePacks } from '../engine-packs.js';
import { RCEP_PARTIES, type Party } from '../schemas/index.js';
import type { SearchIndex, TermIndex } from './types.js';
import { enTokens, zhGrams, zhWords } from './tokenise.js';

export const DEST_LIST: readonly Party[] = RCEP_PARTIES;

function toTermIndex(m: Map<string, number[]>): TermIndex {
  const terms = [...m.keys()].sort();
  return { terms, postings: terms.map((t) => Int32Array.from(m.get(t)!)) };
}

function add(m: Map<string, number[]>, term: string, doc: number): void {
  const a = m.get(term);
  if (!a) m.set(term, [doc]);
  else if (a[a.length - 1] !== doc) a.push(doc);
}

/** Build the in-memory search index over HS 2022 nomenclature, national lines and synonyms (pure). */
export function buildSearchIndex(packs: Pick<EnginePacks, 'hs' | 'tariffs'>): SearchIndex {
  const kind: number[] = [];
  const dest: number[] = [];
  const code: string[] = [];
  const printed: (string | undefined)[] = [];
  const en: string[] = [];
  const zh: (string | undefined)[] = [];
  const prior: number[] = [];
  const enMap = new Map<string, number[]>();
  const zhMap = new Map<string, number[]>();
  const byCode = new Map<string, number>();

  const addDoc = (
    k: number,
    d: number,
    c: string,
    p: string | undefined,
    e: string,
    z: string | undefined,
    pr: number,
  ) => {
    const id = code.length;
    kind.push(k);
    dest.push(d);
    code.push(c);
    printed.push(p);
    en.push(e);
    zh.push(z);
    prior.push(pr);
    for (const t of enTokens(e)) add(enMap, t, id);
    if (z) {
      for (const g of zhGrams(z)) add(zhMap, g, id);
      for (const w of zhWords(z)) if ([...w].length > 2) add(zhMap, w, id);
    }
    return id;
  };

  for (const n of packs.hs?.versions?.['2022'] ?? []) {
    const k = n.code.length === 2 ? 0 : n.code.length === 4 ? 1 : 2;
    byCode.set(n.code, addDoc(k, -1, n.code, undefined, n.en, n.zh, 1.5 - k * 0.1));
  }
  for (const p of DEST_LIST) {
    const pack = packs.tariffs?.[p];
    if (!pack) continue;
    const di = DEST_LIST.indexOf(p);
    for (const l of pack.lines) addDoc(3, di, l.code, l.printed, l.desc, undefined, 1);
  }

  const synonyms = new Map<string, { term: string; docs: number[] }>();
  for (const s of packs.hs?.synonyms ?? []) {
    const docs = s.headings.map((h) => byCode.get(h)).filter((x): x is number => x !== undefined);
    if (!docs.length) continue;
    const key = s.term.normalize('NFKC').toLowerCase();
    const entry = synonyms.get(key) ?? { term: s.term, docs: [] };
    entry.docs.push(...docs.filter((d) => !entry.docs.includes(d)));
    synonyms.set(key, entry);
    for (const d of docs) {
      if (s.lang === 'en') for (const t of enTokens(s.term)) add(enMap, t, d);
      else for (const g of zhGrams(s.term)) add(zhMap, g, d);
    }
  }
  // synonym additions may append out of order: keep postings sorted and unique
  for (const m of [enMap, zhMap])
    for (const [t, a] of m)
      m.set(
        t,
        [...new Set(a)].sort((x, y) => x - y),
      );

  const order = code.map((_, i) => i).sort((a, b) => (code[a] < code[b] ? -1 : code[a] > code[b] ? 1 : a - b));
  const n = code.length;
  return {
    kind: Uint8Array.from(kind),
    dest: Int8Array.from(dest),
    code,
    printed,
    en,
    zh,
    prior: Float32Array.from(prior),
    en_terms: toTermIndex(enMap),
    zh_terms: new Map([...zhMap].map(([t, a]) => [t, Int32Array.from(a)])),
    synonyms,
    codeKeys: order.map((i) => code[i]),
    codeDocs: Int32Array.from(order),
    scratchScore: new Float32Array(n),
    scratchHits: new Int32Array(n),
    scratchZh: new Int32Array(n),
  };
}
