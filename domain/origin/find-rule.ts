import type { PsrRow } from '../schemas/index.js';

/**
 * A PSR applies at the most specific level present in Annex 3A: subheading (6 digits), else heading (4),
 * else chapter (2) (mirror README psr/; Annex 3A headnote 3 defines the levels).
 * `code`: any written HS / national line code ('8509.80.10', '85098010', '8509 80'); non-digits are ignored.
 */
export function resolvePsrUnit(code: string, units: Set<string> | Map<string, unknown>): string | undefined {
  const digits = String(code ?? '').replace(/\D/g, '');
  for (const n of [6, 4, 2]) {
    if (digits.length < n) continue;
    const unit = digits.slice(0, n);
    if (units.has(unit)) return unit;
  }
  return undefined;
}

/** Index PSR rows by unit digits (the first row wins if a unit repeats; the importer quarantines repeats). */
export function indexPsrRows(rows: PsrRow[]): Map<string, PsrRow> {
  const map = new Map<string, PsrRow>();
  for (const r of rows) if (!map.has(r.unit)) map.set(r.unit, r);
  return map;
}

/** The PSR row applying to `code`, or undefined when no rule is loaded for it. */
export function findRule(rowsByUnit: Map<string, PsrRow>, code: string): PsrRow | undefined {
  const unit = resolvePsrUnit(code, rowsByUnit);
  return unit === undefined ? undefined : rowsByUnit.get(unit);
}
