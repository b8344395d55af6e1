import { CONFUSABLE } from './confusables.js';
import { enQueryTokens, hasCjk, stem } from './tokenise.js';
import type { SearchIndex } from './types.js';

const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/gu;

/** Pairs of neighbouring characters around position i that occur in some description or synonym. */
function pairsKnown(index: SearchIndex, chars: string[], i: number): number {
  let n = 0;
  if (i > 0 && index.zh_terms.has(chars[i - 1] + chars[i])) n++;
  if (i + 1 < chars.length && index.zh_terms.has(chars[i] + chars[i + 1])) n++;
  return n;
}

/** A wrong character of the same sound or shape (榨彩 -> 榨菜), swapped only where that makes known pairs. */
function correctRun(index: SearchIndex, run: string): string {
  const chars = [...run];
  if (chars.length < 2) return run;
  for (let i = 0; i < chars.length; i++) {
    const have = pairsKnown(index, chars, i);
    const max = (i > 0 ? 1 : 0) + (i + 1 < chars.length ? 1 : 0);
    if (have === max) continue;
    let best = chars[i];
    let bestN = have;
    for (const c of CONFUSABLE.get(chars[i]) ?? []) {
      const orig = chars[i];
      chars[i] = c;
      const n = pairsKnown(index, chars, i);
      chars[i] = orig;
      if (n > bestN) {
        best = c;
        bestN = n;
      }
    }
    chars[i] = best;
  }
  return chars.join('');
}

/** Bounded edit distance counting a swap of two neighbours as one edit ('tyers' -> 'tyres'); stops early past max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length];
}

function sharedPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

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

/** The indexed word nearest to a word no description contains ('vacum' -> 'vacuum'), or the word itself. */
function correctWord(index: SearchIndex, w: string, last: boolean): string {
  const { terms, postings } = index.en_terms;
  if (w.length < 4 || /\d/.test(w)) return w;
  const j = lowerBound(terms, w);
  if (terms[j] === w || (last && terms[j]?.startsWith(w))) return w;
  const max = w.length <= 5 ? 1 : 2;
  const ws = stem(w);
  let best = w;
  let bestD = max + 1;
  let bestF = 0;
  let bestP = 0;
  for (let k = 0; k < terms.length; k++) {
    const t = terms[k];
    if (Math.abs(t.length - w.length) > max + 1 || t[0] !== w[0]) continue;
    // terms are stemmed ('tyres' is indexed as 'tyre'): compare the typed word and its stem
    const d = Math.min(editDistance(w, t, max), editDistance(ws, t, max));
    const f = postings[k].length;
    // equal distance: the longer shared beginning first ('cleanr' -> 'cleaner', not 'clear'), then the commoner word
    const pre = sharedPrefix(w, t);
    if (d < bestD || (d === bestD && d <= max && (pre > bestP || (pre === bestP && f > bestF)))) {
      best = t;
      bestD = d;
      bestF = f;
      bestP = pre;
    }
  }
  return bestD <= max ? best : w;
}

/**
 * The query as the firm probably meant it: Chinese characters of the same sound or shape swapped
 * where the typed pair is unknown and the swapped one is known; English words no description
 * holds replaced by the nearest indexed word within edit distance 1 (short words) or 2.
 * Returns the query unchanged when nothing needed correcting.
 */
export function correctQuery(index: SearchIndex, q: string): string {
  let out = hasCjk(q) ? q.replace(CJK_RUN, (run) => correctRun(index, run)) : q;
  const words = enQueryTokens(out);
  if (words.length) {
    const raw = out.toLowerCase().split(/([^\p{L}\p{N}]+)/u);
    const lastWord = [...raw].reverse().find((p) => /[\p{L}\p{N}]/u.test(p) && !hasCjk(p));
    out = raw.map((p) => (/^[a-z]+$/.test(p) ? correctWord(index, p, p === lastWord) : p)).join('');
    if (out === q.toLowerCase()) return q;
  }
  return out;
}
