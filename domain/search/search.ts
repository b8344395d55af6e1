import { DEST_LIST } from './build-index.js';
import { correctQuery } from './correct.js';
import { enQueryTokens, hasCjk, zhQueryGrams, zhWords } from './tokenise.js';
import { HIT_KINDS, type SearchHit, type SearchIndex, type SearchOptions } from './types.js';

const MAX_LIMIT = 100;
const MAX_EXPANSIONS = 400;
const CODE_SCAN_CAP = 20000;

function lowerBound(a: string[], key: string): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Bounded top-k (k <= 100) by score, ties by code. */
class TopK {
  items: { doc: number; score: number }[] = [];
  constructor(
    private k: number,
    private codes: string[],
  ) {}
  offer(doc: number, score: number): void {
    const it = this.items;
    if (it.length === this.k && !this.better(doc, score, it[it.length - 1])) return;
    let i = it.length;
    while (i > 0 && this.better(doc, score, it[i - 1])) i--;
    it.splice(i, 0, { doc, score });
    if (it.length > this.k) it.pop();
  }
  private better(doc: number, score: number, o: { doc: number; score: number }): boolean {
    return score > o.score || (score === o.score && this.codes[doc] < this.codes[o.doc]);
  }
}

function hit(
  index: SearchIndex,
  doc: number,
  score: number,
  matched: SearchHit['matched'],
  synonym?: string,
): SearchHit {
  const h: SearchHit = {
    kind: HIT_KINDS[index.kind[doc]],
    code: index.code[doc],
    en: index.en[doc],
    chapter: index.code[doc].slice(0, 2),
    score: Math.round(score * 1000) / 1000,
    matched,
  };
  const p = index.printed[doc];
  if (p) h.printed = p;
  const z = index.zh[doc];
  if (z) h.zh = z;
  const d = index.dest[doc];
  if (d >= 0) h.dest = DEST_LIST[d];
  if (synonym) h.synonym = synonym;
  return h;
}

function allowed(index: SearchIndex, doc: number, destIdx: number, all: boolean): boolean {
  const d = index.dest[doc];
  return d === -1 || destIdx === -1 || all || d === destIdx;
}

function searchCode(index: SearchIndex, digits: string, destIdx: number, all: boolean, top: TopK): void {
  const keys = index.codeKeys;
  let scanned = 0;
  for (let i = lowerBound(keys, digits); i < keys.length && keys[i].startsWith(digits); i++) {
    const doc = index.codeDocs[i];
    if (++scanned > CODE_SCAN_CAP && index.kind[doc] === 3) continue;
    if (!allowed(index, doc, destIdx, all)) continue;
    const extra = keys[i].length - digits.length;
    top.offer(doc, (extra === 0 ? 200 : 100 - extra) + index.prior[doc]);
  }
}

/**
 * Ranked hits over nomenclature, national lines and synonyms. Chinese by character grams (and
 * authored synonyms), English by word and prefix, codes in any form the normaliser accepts.
 * Forgives typos: a query with an unknown character pair or word is corrected first (correctQuery;
 * the hits then carry `corrected`), and a Chinese query that still finds nothing is matched on
 * fewer of its character pairs.
 */
export function search(index: SearchIndex, text: string, opts: SearchOptions = {}): SearchHit[] {
  const q = typeof text === 'string' ? text.normalize('NFKC').trim() : '';
  if (!q) return [];
  // 'HS 2022 8703.80': the version named before the code is not part of the code
  const code = q.replace(/^hs\s*20(12|17|22)\s+(?=\d)/i, '');
  if (/^(hs\s*)?[\d\s.-]+$/i.test(code) && /\d/.test(code)) return searchOnce(index, code, opts, false);
  const fixed = correctQuery(index, q);
  let hits = searchOnce(index, fixed, opts, false);
  if (!hits.length && hasCjk(fixed)) hits = searchOnce(index, fixed, opts, true);
  if (fixed !== q) for (const h of hits) h.corrected = fixed;
  return hits;
}

function searchOnce(index: SearchIndex, q: string, opts: SearchOptions, relaxed: boolean): SearchHit[] {
  const limit = Math.max(1, Math.min(MAX_LIMIT, Math.floor(opts.limit ?? 20)));
  const destIdx = opts.dest ? DEST_LIST.indexOf(opts.dest) : -1;
  const all = opts.allDestinations ?? destIdx === -1;
  const top = new TopK(limit, index.code);
  if (/^(hs\s*)?[\d\s.-]+$/i.test(q) && /\d/.test(q)) {
    searchCode(index, q.replace(/\D/g, ''), destIdx, all, top);
    return top.items.map((x) => hit(index, x.doc, x.score, 'code'));
  }

  const score = index.scratchScore;
  const hits = index.scratchHits;
  const zhHits = index.scratchZh;
  const touched: number[] = [];
  const n = index.code.length;
  const en = enQueryTokens(q);
  const grams = hasCjk(q) ? zhQueryGrams(q) : [];
  const { terms, postings } = index.en_terms;

  en.forEach(({ token, prefix }, i) => {
    const exps: { p: Int32Array; w: number }[] = [];
    let j = lowerBound(terms, token);
    for (let c = 0; j < terms.length && c < MAX_EXPANSIONS && terms[j].startsWith(token); j++, c++) {
      if (terms[j] !== token && !prefix) break;
      const p = postings[j];
      exps.push({ p, w: Math.log(1 + n / p.length) * (terms[j] === token ? 1 : 0.7) });
    }
    exps.sort((a, b) => b.w - a.w);
    for (const { p, w } of exps) {
      for (let k = 0; k < p.length; k++) {
        const d = p[k];
        if (hits[d] !== i) continue;
        if (i === 0) {
          if (!allowed(index, d, destIdx, all)) continue;
          touched.push(d);
        }
        hits[d] = i + 1;
        score[d] += w;
      }
    }
  });

  const zhTouched: number[] = [];
  for (const g of grams) {
    const p = index.zh_terms.get(g);
    if (!p) continue;
    const w = Math.log(1 + n / p.length);
    for (let k = 0; k < p.length; k++) {
      const d = p[k];
      if (en.length && hits[d] !== en.length) continue;
      if (zhHits[d] === 0) zhTouched.push(d);
      zhHits[d]++;
      score[d] += w;
    }
  }
  const needZh = grams.length ? (relaxed ? 1 : Math.max(1, Math.ceil(grams.length * 0.6))) : 0;
  // whole words (Intl.Segmenter) of 3+ characters, indexed as such: a bonus on docs already matched
  for (const w of grams.length ? zhWords(q) : []) {
    const p = [...w].length > 2 ? index.zh_terms.get(w) : undefined;
    if (p) for (let k = 0; k < p.length; k++) if (zhHits[p[k]] > 0) score[p[k]] += 2;
  }

  // synonym -> doc: the term shown and its bonus; a synonym's first heading is its main one
  // (榨菜: prepared zhacai 2005 before brined 0711), so later headings get a little less
  const synBoost = new Map<number, { term: string; bonus: number }>();
  const key = q.toLowerCase();
  for (const [term, s] of index.synonyms) {
    const strong = term === key;
    // Chinese: either contains the other; English: the term starts with what is typed ('vacu')
    // a query holding the term and more words ('摩托车零件' holds '摩托车') gets the bonus only when the
    // term is most of it: the other words decide otherwise (零件 -> 8714, not 8711)
    const cover = Math.min(term.length, key.length) / Math.max(term.length, key.length);
    const partial = hasCjk(term)
      ? key.length >= 2 && (term.includes(key) || (key.includes(term) && cover >= 0.66))
      : key.length >= 3 && term.startsWith(key);
    if (strong || partial) {
      s.docs.forEach((d, rank) => {
        const bonus = (strong ? 50 : 20 * cover) - Math.min(rank, 4) * 6;
        const had = synBoost.get(d);
        if (!had || had.bonus < bonus) synBoost.set(d, { term: s.term, bonus });
      });
    }
  }

  const offered = new Set<number>();
  const consider = (d: number) => {
    if (offered.has(d)) return;
    offered.add(d);
    const okEn = en.length === 0 || hits[d] === en.length;
    const okZh = grams.length === 0 || zhHits[d] >= needZh;
    const syn = synBoost.get(d);
    if (!(okEn && okZh) && !syn) return;
    const bonus = syn ? syn.bonus : 0;
    const lengthPenalty = 1 / (1 + index.en[d].length / 400);
    // long descriptions match many words by chance: the penalty is on the text score, not on an authored synonym
    top.offer(d, (score[d] * lengthPenalty + bonus) * index.prior[d]);
  };
  for (const d of en.length ? touched : zhTouched) consider(d);
  for (const d of synBoost.keys()) if (allowed(index, d, destIdx, all)) consider(d);

  const out = top.items.map((x) => {
    const syn = synBoost.get(x.doc);
    return hit(index, x.doc, x.score, syn ? 'synonym' : 'text', syn?.term);
  });
  for (const d of touched) {
    score[d] = 0;
    hits[d] = 0;
  }
  for (const d of zhTouched) {
    score[d] = 0;
    zhHits[d] = 0;
  }
  return out;
}
