import { createHash } from 'node:crypto';
import { OperatorColumnsMissing, type CsvFile } from '../../domain/ingest/operator-file.js';
import type { Quarantine, SourceInfo } from '../../domain/schemas/index.js';
import type { LoadedData } from '../data/load-data.js';
import { HttpError } from '../http/errors.js';

import type { UploadDiff, UploadPack } from '../../domain/schemas/staff-data.js';

/** the upload packs and the diff an upload answers with are part of the staff API (domain/schemas/staff-data.ts) */
export { UPLOAD_PACKS, type UploadDiff, type UploadPack } from '../../domain/schemas/staff-data.js';

/** what every operator parser returns (domain/ingest/operator-*.ts) */
export interface Imported {
  sources: SourceInfo[];
  quarantine: Quarantine[];
  accepted: number;
}

/**
 * Compare upload rows with the rows in use by key: `compare` says what counts as a change,
 * `view` what an example shows before and after.
 */
export function diffByKey<T>(
  current: readonly T[],
  upload: readonly T[],
  keyOf: (x: T) => string,
  compare: (x: T) => unknown,
  view: (x: T) => unknown,
): UploadDiff {
  const now = new Map(current.map((x) => [keyOf(x), x]));
  const d: UploadDiff = { added: 0, changed: 0, unchanged: 0, examples: [] };
  for (const x of upload) {
    const before = now.get(keyOf(x));
    const change = !before
      ? 'added'
      : JSON.stringify(compare(before)) === JSON.stringify(compare(x))
        ? null
        : 'changed';
    if (!change) {
      d.unchanged++;
      continue;
    }
    d[change]++;
    if (d.examples.length < 50)
      d.examples.push({ key: keyOf(x), change, before: before ? view(before) : undefined, after: view(x) });
  }
  return d;
}

/**
 * One kind of admin upload: how its CSV is read, compared with the pack in use,
 * merged into it and made the pack the engine and the offline client use.
 */
export interface UploadKind<Pack, Up extends Imported> {
  pack: UploadPack;
  /** the operator importer on the upload (throws HttpError 400 on a missing column) */
  parse(fileName: string, csv: string): Up;
  /** rows the upload would put into the pack */
  rows(up: Up): number;
  /** the pack served now (the examine report's diff is against it) */
  current(data: LoadedData): Pack;
  /** the pack the server booted with (what 'original' means, and the base while nothing is published) */
  boot(data: LoadedData): Pack;
  diff(current: Pack, up: Up): UploadDiff;
  merge(current: Pack, up: Up): Pack;
  /** make the engine (server) and the served pack (offline client, new ETag) use `pack`, or the boot pack with null */
  use(data: LoadedData, pack: Pack | null): void;
}

export type AnyUploadKind = UploadKind<unknown, Imported>;

/**
 * Run an operator parser on the upload's text under the name `<prefix>-<fileName>.csv`, so an upload
 * and `npm run data:build --operator` accept and quarantine the same rows for the same reasons.
 */
export function importUpload<T>(
  prefix: string,
  fileName: string,
  csv: string,
  parse: (csv: string, file: CsvFile) => T,
): T {
  const base =
    fileName
      .replace(/\.csv$/i, '')
      .replace(/[^A-Za-z0-9_-]+/g, '-')
      .slice(0, 60) || 'upload';
  const sha256 = createHash('sha256').update(csv, 'utf8').digest('hex');
  try {
    return parse(csv, { file: `${prefix}-${base}.csv`, sha256 });
  } catch (e) {
    if (e instanceof OperatorColumnsMissing) throw new HttpError(400, 'upload-column-missing', 'csv');
    throw e;
  }
}
