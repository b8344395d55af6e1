import type { EnginePacks } from '../../../../domain/engine-packs.js';
import type { AnnexOrPack, DataService, PackName } from './service.js';
import type { HsPack, Party, PsrPack, Annex1Pack, TariffPack } from '../../../../domain/schemas/index.js';
import { getPack, putPack } from '../store/repository.js';
import { getWithEtag, getJson, isOnline } from './api.js';
import { normaliseMeta, type Meta } from './meta.js';

const url = (name: PackName) => `/api/v1/packs/${name.startsWith('tariff-') ? name.slice(7).toUpperCase() : name}`;

/**
 * Network first with the cached copy as fallback (ETag revalidation), then cached in IndexedDB
 * through the repository, so a destination used once keeps working offline.
 */
async function loadPack<T extends AnnexOrPack>(name: PackName): Promise<{ data: T; savedAt: string } | null> {
  const cached = await getPack<T>(name);
  if (isOnline()) {
    try {
      const r = await getWithEtag<T>(url(name), cached?.etag);
      if (r.notModified && cached) return cached;
      if (!r.notModified) {
        await putPack(name, r.data, r.etag);
        return { data: r.data, savedAt: new Date().toISOString() };
      }
    } catch {
      // fall through to the cached copy
    }
  }
  return cached ?? null;
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
};
