import { join } from 'node:path';
import type { Party } from '../../../domain/schemas/index.js';
import type { ImportResult } from './assemble.js';
import { findExport } from './find-export.js';
import type { ResolvePsrUnit } from './resolve-psr-lines.js';

/** The importers written by other modules, loaded when they exist (a missing one is skipped with a warning). */
export interface Importers {
  importJapan?: (from: string) => Promise<ImportResult>;
  importKcs?: (from: string, dest: Party) => Promise<ImportResult & { english?: Map<string, string> }>;
  importVietnam2026?: (from: string, englishByCode?: Map<string, string>) => Promise<ImportResult>;
  mergeVietnam?: (kcs2025: ImportResult, vn2026: ImportResult) => ImportResult | Promise<ImportResult>;
  importKorea?: (from: string) => Promise<ImportResult>;
  importPsr?: (from: string) => Promise<ImportResult>;
  resolvePsrUnit?: ResolvePsrUnit;
}

const WHERE: [keyof Importers, string][] = [
  ['importJapan', 'scripts/data/jp'],
  ['importKcs', 'scripts/data/kcs'],
  ['importVietnam2026', 'scripts/data/vn'],
  ['mergeVietnam', 'scripts/data/vn'],
  ['importKorea', 'scripts/data/kr'],
  ['importPsr', 'scripts/data/psr'],
  ['resolvePsrUnit', 'domain/origin'],
];

export async function loadImporters(repoRoot: string, warn: (w: string) => void): Promise<Importers> {
  const out: Importers = {};
  for (const [name, dir] of WHERE) {
    const found = await findExport<never>(join(repoRoot, dir), name);
    if (found) (out as Record<string, unknown>)[name] = found.fn;
    else warn(`importer-missing: ${name} (${dir})`);
  }
  return out;
}
