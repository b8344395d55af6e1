import { indexPacks, type EnginePacks } from '../../domain/engine-packs.js';
import type { LoadedData } from './load-data.js';
import { packFile, type PackFile } from './pack-file.js';

/** the packs an admin may replace by a publication (the rest only change with a new release) */
export type SwappablePack = 'annex1' | 'psr';

interface Boot {
  packs: Pick<EnginePacks, SwappablePack>;
  files: Map<string, PackFile | undefined>;
}

const boots = new WeakMap<LoadedData, Boot>();

/**
 * The packs and served files `data` booted with (the rollback target 'original'), remembered on first
 * call: call it before any publication is applied.
 */
export function bootPacks(data: LoadedData): Boot {
  let b = boots.get(data);
  if (!b) {
    b = {
      packs: { annex1: data.index.packs.annex1, psr: data.index.packs.psr },
      files: new Map((['annex1', 'psr'] as const).map((p) => [p, data.files.get(p)])),
    };
    boots.set(data, b);
  }
  return b;
}

/**
 * Serve `pack` (or, with null, the boot pack) from now on. The engine index is read-only: a new one
 * is built from the new packs (domain/engine-packs.ts reuses what did not change) and the references
 * `data.index` and `data.files` are swapped together, so a request sees either the old snapshot or
 * the new one, never a mix. The served file's ETag changes with its bytes; the boot file comes back
 * unchanged on a rollback to 'original', so a client holding it keeps a valid ETag.
 */
export function swapPack<P extends SwappablePack>(data: LoadedData, name: P, pack: EnginePacks[P] | null): void {
  const boot = bootPacks(data);
  const next = pack ?? boot.packs[name];
  const index = indexPacks({ ...data.index.packs, [name]: next }, data.index);
  const files = new Map(data.files);
  const bootFile = boot.files.get(name);
  // back to the boot pack: serve the boot file as it was, or nothing when the pack was not there at boot
  if (pack) files.set(name, packFile(name, Buffer.from(JSON.stringify(next))));
  else if (bootFile) files.set(name, bootFile);
  else files.delete(name);
  data.index = index;
  data.files = files;
}
