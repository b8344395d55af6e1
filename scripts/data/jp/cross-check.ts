import type { RateExpr } from '../../../domain/schemas/index.js';
import { compareRates } from './applied-mfn.js';

/** RCEP-for-China status of a line in one source year. */
export type RcepStatus =
  | { kind: 'rate'; rate: RateExpr } // includes notConceded when the source says so in words
  | { kind: 'blank' } // no RCEP rate printed on a rated line: MFN applies (not conceded)
  | { kind: 'failed'; reason: string }; // the cell did not parse: quarantined on its own

/**
 * Does `later` (a year after `earlier`) not exceed it, part by part? Staging only lowers a rate, so a
 * later rate equal or lower is explained by one year of staging; a higher one or a different shape is not.
 * Returns undefined when fine, else a kebab-case reason.
 */
export function notRising(earlier: RateExpr, later: RateExpr): string | undefined {
  if (earlier.kind === 'notConceded' || later.kind === 'notConceded') {
    return earlier.kind === later.kind ? undefined : 'jp-kcs-rcep-concession-disagree';
  }
  const cmp = compareRates(later, earlier);
  if (cmp !== undefined) return cmp > 0 ? 'jp-kcs-rcep-rises' : undefined;
  if (later.kind === 'free') return undefined; // staged to free: lower than any positive rate
  if (earlier.kind !== later.kind) return 'jp-kcs-rcep-shape-differs';
  const pairs: [RateExpr, RateExpr][] = [];
  if (earlier.kind === 'compound' && later.kind === 'compound') {
    if (earlier.parts.length !== later.parts.length) return 'jp-kcs-rcep-shape-differs';
    earlier.parts.forEach((p, i) => pairs.push([p, later.parts[i]!]));
  } else if ((earlier.kind === 'higherOf' || earlier.kind === 'lowerOf') && earlier.kind === later.kind) {
    const lo = later as typeof earlier;
    if (earlier.options.length !== lo.options.length) return 'jp-kcs-rcep-shape-differs';
    earlier.options.forEach((p, i) => pairs.push([p, lo.options[i]!]));
  } else if (earlier.kind === 'conditional' && later.kind === 'conditional') {
    if (earlier.cases.length !== later.cases.length) return 'jp-kcs-rcep-shape-differs';
    earlier.cases.forEach((c, i) => pairs.push([c.rate, later.cases[i]!.rate]));
  } else return 'jp-kcs-rcep-shape-differs';
  for (const [a, b] of pairs) {
    const r = notRising(a, b);
    if (r) return r;
  }
  return undefined;
}

/**
 * Cross-check of the RCEP-for-China status: KCS 2025 (Japan's RCEP Year 5) against the customs tariff of
 * 2026-07-09 (Year 6). Both must give a rate on the same lines and leave the same lines blank, and the
 * Year 6 rate must not exceed the Year 5 rate. Undefined = consistent, or not checkable (a side failed to parse,
 * which is quarantined on its own; or the code is not in the 2025 table); else the reason to quarantine the line.
 */
export function crossCheckRcep(y5: RcepStatus | undefined, y6: RcepStatus): string | undefined {
  if (!y5) return undefined; // code not in the 2025 table (nomenclature change): a gap, reported in the counts
  if (y5.kind === 'failed' || y6.kind === 'failed') return undefined;
  if (y5.kind === 'blank' && y6.kind === 'blank') return undefined;
  if (y5.kind === 'blank' || y6.kind === 'blank') return 'jp-kcs-rcep-presence-disagree';
  return notRising(y5.rate, y6.rate);
}
