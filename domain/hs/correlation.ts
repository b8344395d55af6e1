import type { EngineIndex } from '../engine-packs.js';
import type { CorrelationRow } from '../schemas/index.js';

/**
 * HS 2022 <-> HS 2012 through the UNSD correlation kept in the HsPack (never picks one target:
 * a 1:n or n:n split returns every candidate with its relationship).
 */
export interface Correlation {
  from: { version: '2022' | '2012'; code: string };
  to: { version: '2022' | '2012'; candidates: { code: string; rel: CorrelationRow['rel'] }[] };
  /** 'unchanged' when the code maps 1:1 to itself */
  relationship: CorrelationRow['rel'] | 'unchanged' | 'not-in-correlation';
  /** true when more than one candidate: the user (or the national line) must decide */
  split: boolean;
}

/** First six digits of a code in any written form ('0301.93', '８５０９８０'). */
function digits6(code: string): string {
  return String(code ?? '')
    .normalize('NFKC')
    .replace(/\D/g, '')
    .slice(0, 6);
}

const reverseCache = new WeakMap<Map<string, CorrelationRow[]>, Map<string, CorrelationRow[]>>();

function reverse(index: EngineIndex): Map<string, CorrelationRow[]> {
  let r = reverseCache.get(index.corr2022to2012);
  if (!r) {
    r = new Map();
    for (const rows of index.corr2022to2012.values()) {
      for (const row of rows) {
        const a = r.get(row.to);
        if (a) a.push(row);
        else r.set(row.to, [row]);
      }
    }
    reverseCache.set(index.corr2022to2012, r);
  }
  return r;
}

function build(
  fromVersion: '2022' | '2012',
  code6: string,
  rows: CorrelationRow[] | undefined,
  pick: (r: CorrelationRow) => string,
): Correlation {
  const toVersion = fromVersion === '2022' ? '2012' : '2022';
  const candidates = (rows ?? []).map((r) => ({ code: pick(r), rel: r.rel }));
  let relationship: Correlation['relationship'] = 'not-in-correlation';
  if (candidates.length) {
    const rels = new Set(candidates.map((c) => c.rel));
    relationship = rels.has('n:n') ? 'n:n' : rels.has('1:n') ? '1:n' : rels.has('n:1') ? 'n:1' : '1:1';
    if (relationship === '1:1' && candidates.length === 1 && candidates[0].code === code6) relationship = 'unchanged';
  }
  return {
    from: { version: fromVersion, code: code6 },
    to: { version: toVersion, candidates },
    relationship,
    split: candidates.length > 1,
  };
}

/** HS 2022 subheading (first 6 digits of any longer code) -> HS 2012 candidates. */
export function hs2022To2012(index: EngineIndex, code: string): Correlation {
  const c6 = digits6(code);
  return build('2022', c6, index.corr2022to2012.get(c6), (r) => r.to);
}

/** HS 2012 subheading -> HS 2022 candidates. */
export function hs2012To2022(index: EngineIndex, code: string): Correlation {
  const c6 = digits6(code);
  return build('2012', c6, reverse(index).get(c6), (r) => r.from);
}
