import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { indexPacks, type EngineIndex, type EnginePacks } from '../../domain/engine-packs.js';
import {
  annex1PackSchema,
  DESTINATIONS,
  hsPackSchema,
  psrPackSchema,
  tariffPackSchema,
  type Party,
  type TariffPack,
} from '../../domain/schemas/index.js';
import {
  catalogueEntrySchema,
  contactUnitSchema,
  programmeSchema,
  type CatalogueEntry,
  type ContactUnit,
  type Programme,
} from '../../domain/schemas/programme.js';
import { serveDirectoryPack } from './directory-pack.js';
import { packFile, type PackFile } from './pack-file.js';
import { sha256, ValidatedCache } from './validated-cache.js';

export class PackLoadError extends Error {}

export type PackStatus = 'loaded' | 'missing';

/** Everything read from data/ and seeds/ at boot. */
export interface LoadedData {
  index: EngineIndex;
  /** served packs by name: 'hs', 'psr', 'annex1', 'JP', …, and 'directory' (built from `seeds`) */
  files: Map<string, PackFile>;
  status: Record<string, PackStatus>;
  destinations: Party[];
  manifest: Record<string, unknown> | null;
  seeds: { programmes: Programme[] | null; contactUnits: ContactUnit[] | null; catalogue: CatalogueEntry[] | null };
  loadMs: number;
}

function readJson(file: string): { bytes: Buffer; value: unknown } | null {
  if (!fs.existsSync(file)) return null;
  const bytes = fs.readFileSync(file);
  try {
    return { bytes, value: JSON.parse(bytes.toString('utf8')) };
  } catch (e) {
    throw new PackLoadError(`invalid pack ${file}: not JSON (${(e as Error).message})`);
  }
}

function validate<S extends z.ZodType>(schema: S, value: unknown, file: string): z.output<S> {
  const r = schema.safeParse(value);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new PackLoadError(`invalid pack ${file}: ${i.path.join('.')}: ${i.message}`);
  }
  return r.data;
}

/** An empty pack of the same shape: the engine answers 'not-in-data' until the pack exists. */
const EMPTY = { _generated: '', sources: [], quarantine: [] };

/** Load and validate data/packs/*.json, data/manifest.json and seeds/*.json under `root`. */
export function loadData(root: string, cacheDir?: string): LoadedData {
  const steps = loadSteps(root, cacheDir);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * The same load, giving the event loop back between packs (one pack is read, hashed and parsed in one
 * go), so a server that already listens keeps answering /api/v1/health while its packs load.
 */
export async function loadDataAsync(root: string, cacheDir?: string): Promise<LoadedData> {
  const steps = loadSteps(root, cacheDir);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** loadData as steps: it yields after each pack file and before building the index */
function* loadSteps(root: string, cacheDir?: string): Generator<void, LoadedData, void> {
  const t0 = performance.now();
  const dir = path.join(root, 'data', 'packs');
  const files = new Map<string, PackFile>();
  const status: Record<string, PackStatus> = {};
  const validated = new ValidatedCache(root, cacheDir);
  const load = <S extends z.ZodType>(name: string, file: string, schema: S): z.output<S> | null => {
    const full = path.join(dir, file);
    const got = readJson(full);
    status[name] = got ? 'loaded' : 'missing';
    if (!got) return null;
    const sha = sha256(got.bytes);
    const value = validated.has(sha)
      ? (got.value as z.output<S>)
      : validate(schema, got.value, path.relative(root, full));
    validated.add(sha);
    files.set(name, packFile(name, got.bytes, cacheDir, sha));
    return value;
  };
  const hs = load('hs', 'hs.json', hsPackSchema);
  yield;
  const psr = load('psr', 'psr.json', psrPackSchema);
  yield;
  const annex1 = load('annex1', 'annex1.json', annex1PackSchema);
  const tariffs: Partial<Record<Party, TariffPack>> = {};
  for (const dest of DESTINATIONS) {
    yield;
    const pack = load(dest, `tariff-${dest.toLowerCase()}.json`, tariffPackSchema);
    if (!pack) continue;
    if (pack.dest !== dest)
      throw new PackLoadError(`invalid pack tariff-${dest.toLowerCase()}.json: dest ${pack.dest}`);
    tariffs[dest] = pack;
  }
  const packs: EnginePacks = {
    hs:
      hs ??
      ({
        ...EMPTY,
        sections: [],
        versions: { '2022': [], '2017': [], '2012': [] },
        correlation: { '2022-2012': [], '2022-2017': [] },
        synonyms: [],
      } as EnginePacks['hs']),
    psr: psr ?? ({ ...EMPTY, rows: [] } as EnginePacks['psr']),
    annex1: annex1 ?? ({ ...EMPTY, lines: [] } as EnginePacks['annex1']),
    tariffs,
  };
  /** seeds/<name>.json: { _note, <key>: [...] }, each record validated */
  const seed = <S extends z.ZodType>(name: string, key: string, schema: S): z.output<S>[] | null => {
    const got = readJson(path.join(root, 'seeds', name));
    if (!got) return null;
    const list = (got.value as Record<string, unknown> | null)?.[key];
    return validate(z.array(schema), list, `seeds/${name} ${key}`);
  };
  const manifest = readJson(path.join(root, 'data', 'manifest.json'))?.value as Record<string, unknown> | undefined;
  validated.save();
  yield;
  // indexed one destination at a time (each step reuses what the previous one built), so no single
  // step holds the event loop for the whole set
  let index = indexPacks({ ...packs, tariffs: {} });
  const some: Partial<Record<Party, TariffPack>> = {};
  for (const [dest, pack] of Object.entries(tariffs) as [Party, TariffPack][]) {
    yield;
    some[dest] = pack;
    index = indexPacks({ ...packs, tariffs: { ...some } }, index);
  }
  if (index.packs.tariffs !== packs.tariffs) index = indexPacks(packs, index);
  yield;
  const data: LoadedData = {
    index,
    files,
    status,
    destinations: Object.keys(tariffs) as Party[],
    manifest: manifest ?? null,
    seeds: {
      programmes: seed('programmes.json', 'programmes', programmeSchema),
      contactUnits: seed('contact-units.json', 'units', contactUnitSchema),
      catalogue: seed('catalogue.json', 'entries', catalogueEntrySchema),
    },
    loadMs: Math.round(performance.now() - t0),
  };
  serveDirectoryPack(data);
  return data;
}
