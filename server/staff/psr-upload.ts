import { ENGINE_PSR_VERSION } from '../../domain/origin/find-rule.js';
import { renderPsrRule } from '../../domain/origin/render-rule.js';
import type { PsrPack, PsrRow } from '../../domain/schemas/index.js';
import { parseOperatorPsr, type OperatorPsr } from '../../domain/ingest/operator-psr.js';
import { bootPacks, swapPack } from '../data/pack-snapshot.js';
import type { LoadedData } from '../data/load-data.js';
import { diffByKey, importUpload, type UploadDiff, type UploadKind } from './upload-kind.js';

/**
 * Admin upload of Annex 3A product-specific rules in the operator CSV layout (docs/data-layouts.md),
 * read by the pipeline's own importer (domain/ingest/operator-psr.ts). The engine reads every code
 * in HS 2022 (ENGINE_PSR_VERSION), so a row of another HS version could never be applied: it is
 * quarantined here as 'psr-hs-version-not-used' instead of being published as a rule nobody sees.
 */
export function parsePsrUpload(fileName: string, csv: string): OperatorPsr {
  const up = importUpload('psr', fileName, csv, parseOperatorPsr);
  const other = up.rows.filter((r) => r.hsVersion !== ENGINE_PSR_VERSION);
  if (!other.length) return up;
  const file = up.sources[0]?.file ?? fileName;
  const quarantine = [
    ...up.quarantine,
    ...other.map((r) => ({
      src: r.src,
      file,
      row: r.row,
      reason: 'psr-hs-version-not-used',
      detail: `HS ${r.hsVersion} unit ${r.unit}: the checker applies HS ${ENGINE_PSR_VERSION} rows only`,
      code: r.unit,
    })),
  ];
  const rows = up.rows.filter((r) => r.hsVersion === ENGINE_PSR_VERSION);
  return { ...up, rows, quarantine, accepted: rows.length };
}

/** a unit is one rule per HS version (Annex 3A as signed is HS 2012, its transposition HS 2022) */
const keyOf = (r: PsrRow) => `${r.hsVersion}:${r.unit}`;

/** examples carry the rule as text ({ zh, en, code } of domain/origin/render-rule.ts) */
export function diffPsr(current: readonly PsrRow[], upload: readonly PsrRow[]): UploadDiff {
  return diffByKey(
    current,
    upload,
    keyOf,
    (r) => r.rule,
    (r) => renderPsrRule(r.rule),
  );
}

/** the pack with the upload's rows replacing the rows of the same HS version and unit (others kept), its sources added */
export function mergePsr(pack: PsrPack, up: Pick<OperatorPsr, 'rows' | 'sources'>): PsrPack {
  const keys = new Set(up.rows.map(keyOf));
  const ids = new Set(up.sources.map((s) => s.id));
  const rows = [...pack.rows.filter((r) => !keys.has(keyOf(r))), ...up.rows].sort((a, b) =>
    keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0,
  );
  return { ...pack, sources: [...pack.sources.filter((s) => !ids.has(s.id)), ...up.sources], rows };
}

/** make the engine and the served pack (new ETag for the offline client) use `pack`, or the boot pack with null */
export function usePsr(data: LoadedData, pack: PsrPack | null): void {
  swapPack(data, 'psr', pack);
}

export const psrKind: UploadKind<PsrPack, OperatorPsr> = {
  pack: 'psr',
  parse: parsePsrUpload,
  rows: (up) => up.rows.length,
  current: (data) => data.index.packs.psr,
  boot: (data) => bootPacks(data).packs.psr,
  diff: (current, up) => diffPsr(current.rows, up.rows),
  merge: mergePsr,
  use: usePsr,
};
