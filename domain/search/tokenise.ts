/** Tokenisers for the in-memory search (English words, Chinese grams). Pure; no dependencies. */

const STOP = new Set(
  'a an and or of the for in on with without not other others than by to from as at its their be is are whether n e c nes'.split(
    ' ',
  ),
);

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;
const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/gu;

export function hasCjk(s: string): boolean {
  return CJK.test(s);
}

/** Light English stemming, applied the same way to documents and queries. */
export function stem(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) return w.slice(0, -1);
  return w;
}

/** Lower-case word tokens (letters/digits), stop words dropped, stemmed. */
export function enTokens(text: string): string[] {
  const out: string[] = [];
  for (const raw of text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)) {
    if (!raw || STOP.has(raw) || hasCjk(raw)) continue;
    out.push(stem(raw));
  }
  return out;
}

/** Query words: stemmed like the documents; every word of 2+ characters also matches as a prefix (typing). */
export function enQueryTokens(text: string): { token: string; prefix: boolean }[] {
  const words = text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !hasCjk(w));
  const kept = words.filter((w) => !STOP.has(w));
  return (kept.length ? kept : words).map((w, i, all) => {
    const last = i === all.length - 1;
    // the last word may be half typed: match its raw form as a prefix
    return { token: last ? w : stem(w), prefix: w.length >= 2 };
  });
}

let segmenter: Intl.Segmenter | null | undefined;
function zhSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    try {
      segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
    } catch {
      segmenter = null;
    }
  }
  return segmenter;
}

/** Chinese words by Intl.Segmenter (when the runtime has it), CJK runs only. */
export function zhWords(text: string): string[] {
  const seg = zhSegmenter();
  if (!seg) return [];
  const out: string[] = [];
  for (const s of seg.segment(text.normalize('NFKC'))) {
    if (s.isWordLike && hasCjk(s.segment)) out.push(s.segment);
  }
  return out;
}

/** Character unigrams and bigrams of every CJK run (the index side). */
export function zhGrams(text: string): string[] {
  const out = new Set<string>();
  for (const run of text.normalize('NFKC').match(CJK_RUN) ?? []) {
    const chars = [...run];
    chars.forEach((c, i) => {
      out.add(c);
      if (i + 1 < chars.length) out.add(c + chars[i + 1]);
    });
  }
  return [...out];
}

/** The grams a query is matched by: bigrams of each run (a single character run: the character). */
export function zhQueryGrams(text: string): string[] {
  const out = new Set<string>();
  for (const run of text.normalize('NFKC').match(CJK_RUN) ?? []) {
    const chars = [...run];
    if (chars.length === 1) out.add(chars[0]);
    for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i] + chars[i + 1]);
  }
  return [...out];
}
