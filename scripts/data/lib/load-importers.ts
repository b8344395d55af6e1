import type { Party } from '../../../domain/schemas/index.js';
import { resolvePsrUnit } from '../../../domain/origin/find-rule.js';
import { importJapan } from '../jp/import-japan.js';
import { importKcs } from '../kcs/import-kcs.js';
import { importKorea } from '../kr/import-korea.js';
import { importPsr } from '../psr/import-psr.js';
import { importVietnam2026 } from '../vn/import-vn-2026.js';
import { mergeVietnam } from '../vn/merge-vietnam.js';
import type { ImportResult } from './assemble.js';
import type { ResolvePsrUnit } from './resolve-psr-lines.js';

/** What the data build runs, one importer per source. */
export interface Importers {
  importJapan: (from: string) => Promise<ImportResult>;
  importKcs: (from: string, dest: Party) => Promise<ImportResult & { english?: Map<string, string> }>;
  importVietnam2026: (from: string, englishByCode?: Map<string, string>) => Promise<ImportResult>;
  mergeVietnam: (kcs2025: ImportResult, vn2026: ImportResult) => ImportResult | Promise<ImportResult>;
  importKorea: (from: string) => Promise<ImportResult>;
  importPsr: (from: string) => Promise<ImportResult>;
  resolvePsrUnit: ResolvePsrUnit;
}

/**
 * The importers, imported by name: renaming or removing one fails the typecheck and the build's start
 * instead of silently building packs without that source.
 */
export const IMPORTERS: Importers = {
  importJapan,
  importKcs,
  importVietnam2026,
  mergeVietnam,
  importKorea,
  importPsr,
  resolvePsrUnit,
};
