import type { Annex1Line, Annex1Pack } from '../../domain/schemas/index.js';
import { parseOperatorAnnex1, type OperatorAnnex1 } from '../../domain/ingest/operator-annex1.js';
import { bootPacks, swapPack } from '../data/pack-snapshot.js';
import type { LoadedData } from '../data/load-data.js';
import { diffByKey, importUpload, type UploadDiff, type UploadKind } from './upload-kind.js';

/**
 * Admin upload of an Annex I schedule in the operator CSV layout (docs/data-layouts.md). The parsing
 * is the data pipeline's own parser (domain/ingest/operator-annex1.ts).
 */
export function parseAnnex1Upload(fileName: string, csv: string): OperatorAnnex1 {
  return importUpload('annex1', fileName, csv, parseOperatorAnnex1);
}

const keyOf = (l: Annex1Line) =>
  `${l.party}|${l.code}|${l.forParties === 'all' ? 'all' : [...l.forParties].sort().join(' ')}`;

/** examples carry the rates only ({ base, years }) */
export type Annex1Diff = UploadDiff;

export function diffAnnex1(current: readonly Annex1Line[], upload: readonly Annex1Line[]): Annex1Diff {
  return diffByKey(
    current,
    upload,
    keyOf,
    (l) => [l.base, l.years, l.excludedFor ?? []],
    (l) => ({ base: l.base, years: l.years }),
  );
}

/** the pack with the upload's lines replacing the lines of the same key (others kept) and its sources added */
export function mergeAnnex1(pack: Annex1Pack, up: Pick<OperatorAnnex1, 'lines' | 'sources'>): Annex1Pack {
  const keys = new Set(up.lines.map(keyOf));
  const ids = new Set(up.sources.map((s) => s.id));
  return {
    ...pack,
    sources: [...pack.sources.filter((s) => !ids.has(s.id)), ...up.sources],
    lines: [...pack.lines.filter((l) => !keys.has(keyOf(l))), ...up.lines],
  };
}

/** make the engine and the served pack (the offline client's copy) use `pack`, or the boot pack with null */
export function useAnnex1(data: LoadedData, pack: Annex1Pack | null): void {
  swapPack(data, 'annex1', pack);
}

export const annex1Kind: UploadKind<Annex1Pack, OperatorAnnex1> = {
  pack: 'annex1',
  parse: parseAnnex1Upload,
  rows: (up) => up.lines.length,
  current: (data) => data.index.packs.annex1,
  boot: (data) => bootPacks(data).packs.annex1,
  diff: (current, up) => diffAnnex1(current.lines, up.lines),
  merge: mergeAnnex1,
  use: useAnnex1,
};
