import type { EngineIndex } from '../engine-packs.js';
import type { HsNode, Party, TariffLine } from '../schemas/index.js';
import { ancestors } from './normalise.js';

/** First index in a sorted array whose value is >= key. */
export function lowerBound(sorted: string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Codes of a sorted array starting with `prefix` (binary search, O(log n + k)). */
export function withPrefix(sorted: string[], prefix: string, limit = Infinity): string[] {
  const out: string[] = [];
  for (let i = lowerBound(sorted, prefix); i < sorted.length && out.length < limit; i++) {
    if (!sorted[i].startsWith(prefix)) break;
    out.push(sorted[i]);
  }
  return out;
}

/** National lines of `dest` under a chapter/heading/subheading (or equal to a national code). */
export function nationalLines(index: EngineIndex, dest: Party, prefix: string, limit = Infinity): TariffLine[] {
  const codes = index.sortedCodes.get(dest) ?? [];
  const lines = index.lines.get(dest);
  return withPrefix(codes, prefix, limit).map((c) => lines!.get(c)!);
}

export interface HsPathNode {
  level: 'chapter' | 'heading' | 'subheading';
  code: string;
  node: HsNode | null;
}

/** chapter -> heading -> subheading of a code in HS 2022 (nodes null when not in the nomenclature). */
export function hsPath(index: EngineIndex, digits: string): HsPathNode[] {
  const levels = ['chapter', 'heading', 'subheading'] as const;
  return ancestors(digits).map((code, i) => ({ level: levels[i], code, node: index.hs2022.get(code) ?? null }));
}

let sorted2022: { src: Map<string, HsNode>; codes: string[] } | null = null;
function sortedHs(index: EngineIndex): string[] {
  if (!sorted2022 || sorted2022.src !== index.hs2022) {
    sorted2022 = { src: index.hs2022, codes: [...index.hs2022.keys()].sort() };
  }
  return sorted2022.codes;
}

export type ChildNode = { kind: 'hs'; node: HsNode } | { kind: 'national'; line: TariffLine };

/**
 * One step down the tree: '' -> chapters, chapter -> headings, heading -> subheadings,
 * subheading -> national lines of `dest` (empty without dest).
 */
export function children(index: EngineIndex, digits: string, dest?: Party): ChildNode[] {
  if (digits.length >= 6) {
    if (!dest) return [];
    return nationalLines(index, dest, digits)
      .filter((l) => l.code !== digits)
      .map((line) => ({ kind: 'national' as const, line }));
  }
  const want = digits.length === 0 ? 2 : digits.length + 2;
  return withPrefix(sortedHs(index), digits)
    .filter((c) => c.length === want)
    .map((c) => ({ kind: 'hs' as const, node: index.hs2022.get(c)! }));
}
