import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { EnginePacks } from '../../domain/engine-packs.js';
import {
  DESTINATIONS,
  type Annex1Pack,
  type HsPack,
  type Party,
  type PsrPack,
  type TariffPack,
} from '../../domain/schemas/index.js';

/**
 * data/packs of this checkout (override with RCEP_PACKS_DIR): the nearest folder, from the working
 * directory upwards, holding package.json and data/packs. (No import.meta: jest loads this as CommonJS.)
 */
export function defaultPacksDir(): string {
  if (process.env.RCEP_PACKS_DIR) return resolve(process.env.RCEP_PACKS_DIR);
  let dir = process.cwd();
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'data', 'packs')))
      return join(dir, 'data', 'packs');
    const up = dirname(dir);
    if (up === dir) return resolve('data/packs');
    dir = up;
  }
}

export const EMPTY_HS: HsPack = {
  _generated: 'empty',
  sources: [],
  sections: [],
  versions: { '2022': [], '2017': [], '2012': [] },
  correlation: { '2022-2012': [], '2022-2017': [] },
  synonyms: [],
  quarantine: [],
};
export const EMPTY_PSR: PsrPack = { _generated: 'empty', sources: [], rows: [], quarantine: [] };
export const EMPTY_ANNEX1: Annex1Pack = { _generated: 'empty', sources: [], lines: [], quarantine: [] };

export interface LoadOptions {
  dir?: string;
  /** destinations whose tariff pack to load (default: all present) */
  dests?: Party[];
  hs?: boolean;
  psr?: boolean;
  annex1?: boolean;
}

export interface LoadedPacks {
  packs: EnginePacks;
  dir: string;
  /** pack files that were asked for but are not there */
  missing: string[];
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** Read the generated packs (fs lives in scripts, never in domain). Missing packs load as empty ones. */
export function loadPacks(opts: LoadOptions = {}): LoadedPacks {
  const dir = opts.dir ?? defaultPacksDir();
  const missing: string[] = [];
  const part = <T>(name: string, want: boolean | undefined, empty: T): T => {
    if (want === false) return empty;
    const f = join(dir, name);
    if (!existsSync(f)) {
      missing.push(name);
      return empty;
    }
    return readJson<T>(f);
  };
  const tariffs: Partial<Record<Party, TariffPack>> = {};
  for (const d of opts.dests ?? DESTINATIONS) {
    const f = join(dir, `tariff-${d.toLowerCase()}.json`);
    if (existsSync(f)) tariffs[d] = readJson<TariffPack>(f);
    else if (opts.dests) missing.push(`tariff-${d.toLowerCase()}.json`);
  }
  return {
    packs: {
      hs: part('hs.json', opts.hs, EMPTY_HS),
      psr: part('psr.json', opts.psr, EMPTY_PSR),
      annex1: part('annex1.json', opts.annex1, EMPTY_ANNEX1),
      tariffs,
    },
    dir,
    missing,
  };
}

/** data/manifest.json beside a data/packs folder (none for a packs folder elsewhere, e.g. a test fixture). */
export function readManifest(dir = defaultPacksDir()): unknown | null {
  if (basename(resolve(dir)) !== 'packs') return null;
  const f = resolve(dir, '../manifest.json');
  return existsSync(f) ? readJson(f) : null;
}
