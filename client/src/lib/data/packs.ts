import type { EnginePacks } from '../../../../domain/engine-packs.js';
import type { DirectoryPack } from '../../../../domain/programmes/answer.js';
import type { AnnexOrPack, DataService, PackName } from './service.js';
import type { HsPack, Party, PsrPack, Annex1Pack, TariffPack } from '../../../../domain/schemas/index.js';
import { getPack, putPack } from '../store/repository.js';
import { getWithEtag, getJson, isOnline } from './api.js';
import { normaliseMeta, type Meta } from './meta.js';

const url = (name: PackName) => `/api/v1/packs/${name.startsWith('tariff-') ? name.slice(7).toUpperCase() : name}`;

type Saved<T> = { data: T; savedAt: string; etag?: string };

/**
 * The packs this page already holds, by name, so a revalidation answered 304 returns the same object
 * (the local engine keeps its index while the packs are unchanged, and rebuilds it once a pack
 * changes, e.g. after an admin publishes). Tariff packs are large: only the last few are kept.
 */
const held = new Map<PackName, Saved<unknown>>();
const KEEP_TARIFFS = 3;
function hold<T>(name: PackName, saved: Saved<T>): Saved<T> {
  held.delete(name);
  held.set(name, saved);
  const tariffs = [...held.keys()].filter((n) => n.startsWith('tariff-'));
  for (const n of tariffs.slice(0, Math.max(0, tariffs.length - KEEP_TARIFFS))) held.delete(n);
  return saved;
}

/**
 * Network first with the cached copy as fallback (ETag revalidation), then cached in IndexedDB
 * through the repository, so a destination used once keeps working offline.
 */
async function loadPack<T extends AnnexOrPack>(name: PackName): Promise<Saved<T> | null> {
  const cached = (held.get(name) as Saved<T> | undefined) ?? (await getPack<T>(name));
  if (isOnline()) {
    try {
      const r = await getWithEtag<T>(url(name), cached?.etag);
      if (r.notModified && cached) return hold(name, cached);
      if (!r.notModified) {
        await putPack(name, r.data, r.etag);
        return hold(name, { data: r.data, savedAt: new Date().toISOString(), etag: r.etag });
      }
    } catch {
      // fall through to the cached copy
    }
  }
  return cached ? hold(name, cached) : null;
}

export const httpDataService: DataService = {
  async meta(): Promise<Meta | null> {
    if (isOnline()) {
      try {
        const m = await getJson<unknown>('/api/v1/meta');
        await putPack('meta', m);
        return normaliseMeta(m);
      } catch {
        // use the cached copy
      }
    }
    const c = await getPack<unknown>('meta');
    return c ? normaliseMeta(c.data) : null;
  },
  async hs() {
    return (await loadPack<HsPack>('hs'))?.data ?? null;
  },
  async tariff(dest: Party) {
    return (await loadPack<TariffPack>(`tariff-${dest.toLowerCase()}` as PackName))?.data ?? null;
  },
  async enginePacks(dest: Party): Promise<EnginePacks | null> {
    const [hs, psr, annex1, tariff] = await Promise.all([
      loadPack<HsPack>('hs'),
      loadPack<PsrPack>('psr'),
      loadPack<Annex1Pack>('annex1'),
      loadPack<TariffPack>(`tariff-${dest.toLowerCase()}` as PackName),
    ]);
    if (!hs || !psr || !annex1) return null;
    return { hs: hs.data, psr: psr.data, annex1: annex1.data, tariffs: tariff ? { [dest]: tariff.data } : {} };
  },
  async directory() {
    return (await loadPack<DirectoryPack>('directory'))?.data ?? null;
  },
};
