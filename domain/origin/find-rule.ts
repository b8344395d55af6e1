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

/** The HS version the engine reads codes in: national lines and the HS pack are HS 2022, so Annex 3A as transposed to HS 2022. */
export const ENGINE_PSR_VERSION: PsrRow['hsVersion'] = '2022';

/**
 * Index the PSR rows of one HS version (default: the engine's, HS 2022) by unit digits. Rows of another
 * version are left out: the same digits may name other goods in HS 2012 (Annex 3A as signed), so a 2012
 * row must neither shadow nor be shadowed by the 2022 row of the same digits. The first row wins if a
 * unit repeats (the importers quarantine repeats).
 */
export function indexPsrRows(rows: PsrRow[], version: PsrRow['hsVersion'] = ENGINE_PSR_VERSION): Map<string, PsrRow> {
  const map = new Map<string, PsrRow>();
  for (const r of rows) if (r.hsVersion === version && !map.has(r.unit)) map.set(r.unit, r);
  return map;
}

/**
 * The PSR row applying to `code`, or undefined when no rule is loaded for it.
 * `quarantined`: units whose row was quarantined (PsrPack.quarantine[].code). Such a unit still exists in Annex 3A,
 * so the search must stop there (undefined) instead of falling back to a less specific rule.
 */
export function findRule(
  rowsByUnit: Map<string, PsrRow>,
  code: string,
  quarantined?: Set<string> | Map<string, string>,
): PsrRow | undefined {
  return lookupPsr(rowsByUnit, code, quarantined).row;
}

export interface PsrLookup {
  row?: PsrRow;
  /** the applicable unit exists in Annex 3A but its row was quarantined (reason code) */
  quarantined?: { unit: string; reason: string };
}

/** Like findRule, and says when the applicable unit was quarantined. */
export function lookupPsr(
  rowsByUnit: Map<string, PsrRow>,
  code: string,
  quarantined?: Set<string> | Map<string, string>,
): PsrLookup {
  const digits = String(code ?? '').replace(/\D/g, '');
  for (const n of [6, 4, 2]) {
    if (digits.length < n) continue;
    const unit = digits.slice(0, n);
    const row = rowsByUnit.get(unit);
    if (row) return { row };
    if (quarantined?.has(unit)) {
      const reason =
        quarantined instanceof Map ? (quarantined.get(unit) ?? 'psr-row-quarantined') : 'psr-row-quarantined';
      return { quarantined: { unit, reason } };
    }
  }
  return {};
}

/** Units of quarantined PSR rows (PsrPack.quarantine[].code) with their reason, for findRule / lookupPsr. */
export function quarantinedPsrUnits(quarantine: { code?: string; reason: string }[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const q of quarantine)
    if (typeof q.code === 'string' && /^\d{2}(\d{2}(\d{2})?)?$/.test(q.code) && !m.has(q.code)) m.set(q.code, q.reason);
  return m;
}

/**
 * The rule part of an origin input for `code`: the PSR row that applies, or the unit whose row was set aside
 * (quarantined). The API, the CLI and the wizard's check all build their input with this one function, so the
 * same code gives the same verdict and reason code ('psr-row-quarantined' / 'no-psr-loaded') everywhere.
 */
export function psrInputFor(
  rowsByUnit: Map<string, PsrRow>,
  quarantined: Map<string, string> | undefined,
  code: string,
): { rule?: PsrRow; quarantinedRule?: { unit: string; reason: string } } {
  const found = lookupPsr(rowsByUnit, code, quarantined);
  if (found.row) return { rule: found.row };
  if (found.quarantined) return { quarantinedRule: found.quarantined };
  return {};
}
