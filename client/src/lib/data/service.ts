import { createContext, useContext } from 'react';
import type { EnginePacks } from '../../../../domain/engine-packs.js';
import type { DirectoryPack } from '../../../../domain/programmes/answer.js';
import type { Annex1Pack, HsPack, Party, PsrPack, TariffPack } from '../../../../domain/schemas/index.js';
import type { Meta } from './meta.js';

export type PackName = 'hs' | 'psr' | 'annex1' | 'meta' | 'directory' | `tariff-${string}`;
export type AnnexOrPack = HsPack | PsrPack | Annex1Pack | TariffPack | DirectoryPack;

/** Where the client gets its data; tests pass a fake, the app the HTTP + IndexedDB one. */
export interface DataService {
  meta(): Promise<Meta | null>;
  hs(): Promise<HsPack | null>;
  tariff(dest: Party): Promise<TariffPack | null>;
  enginePacks(dest: Party): Promise<EnginePacks | null>;
  /** the programmes and contact units the server matches on (for programme matching offline) */
  directory(): Promise<DirectoryPack | null>;
}

export const DataServiceContext = createContext<DataService | null>(null);

export function useDataService(): DataService {
  const s = useContext(DataServiceContext);
  if (!s) throw new Error('DataServiceContext missing');
  return s;
}
