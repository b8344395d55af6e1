import type { PsrRow, Quarantine } from '../../../domain/schemas/index.js';
import type { ImportResult } from './assemble.js';

/**
 * Rows of all PSR parts, first part first: a later row for a (version, unit) already loaded is not a second
 * rule for the unit; it is quarantined ('psr-unit-already-loaded') naming the row that stays.
 */
export function mergePsrRows(parts: ImportResult[]): { rows: PsrRow[]; quarantine: Quarantine[] } {
  const kept = new Map<string, PsrRow>();
  const quarantine: Quarantine[] = [];
  for (const part of parts) {
    const file = (src: string) => part.sources.find((s) => s.id === src)?.file ?? src;
    for (const r of part.rows ?? []) {
      const key = `${r.hsVersion}:${r.unit}`;
      const prev = kept.get(key);
      if (!prev) kept.set(key, r);
      else
        quarantine.push({
          src: r.src,
          file: file(r.src),
          row: r.row,
          reason: 'psr-unit-already-loaded',
          detail: `HS ${r.hsVersion} unit ${r.unit} already given by ${prev.src} row ${prev.row}`,
          code: r.unit,
        });
    }
    quarantine.push(...part.quarantine);
  }
  const rows = [...kept.values()].sort((a, b) => (a.hsVersion + a.unit < b.hsVersion + b.unit ? -1 : 1));
  return { rows, quarantine };
}
