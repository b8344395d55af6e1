import { z } from 'zod';
import {
  contactUnitSchema,
  programmeSchema,
  type ContactUnit,
  type Programme,
} from '../../domain/schemas/programme.js';
import { serveDirectoryPack } from '../data/directory-pack.js';
import type { LoadedData } from '../data/load-data.js';
import type { ApplyPublication } from './publication-sync.js';

/**
 * The programmes and contact units the public API serves (data.seeds), as one publication pack:
 * a programme's unit lists and the units' roles refer to each other, so they are published and
 * rolled back together.
 */
export const DIRECTORY_PACK = 'directory';

export interface DirectoryContent {
  programmes: Programme[];
  units: ContactUnit[];
}
export const directoryContentSchema = z.object({
  programmes: z.array(programmeSchema),
  units: z.array(contactUnitSchema),
});

interface DirectoryState {
  /** the seeds the server booted with (rollback target 'original') */
  original: DirectoryContent | null;
  /** the active publication id served now, or 'original' */
  version: string;
}

const states = new WeakMap<LoadedData['seeds'], DirectoryState>();

/** the state of `data` (created on first use, before any publication is applied) */
export function directoryState(data: LoadedData): DirectoryState {
  let s = states.get(data.seeds);
  if (!s) {
    const { programmes, contactUnits } = data.seeds;
    s = {
      original: programmes && contactUnits ? structuredClone({ programmes, units: contactUnits }) : null,
      version: 'original',
    };
    states.set(data.seeds, s);
  }
  return s;
}

export function currentDirectory(data: LoadedData): DirectoryContent | null {
  const { programmes, contactUnits } = data.seeds;
  return programmes && contactUnits ? { programmes, units: contactUnits } : null;
}

/**
 * Serve `content` from now on. The lists are replaced in place: the directory service and the
 * feedback router hold the arrays they were given at start-up.
 */
export function useDirectory(data: LoadedData, content: DirectoryContent, version: string): void {
  const replace = <T>(target: T[] | null, next: T[]): T[] => {
    if (!target) return [...next];
    target.splice(0, target.length, ...next);
    return target;
  };
  directoryState(data).version = version;
  data.seeds.programmes = replace(data.seeds.programmes, content.programmes);
  data.seeds.contactUnits = replace(data.seeds.contactUnits, content.units);
  serveDirectoryPack(data); // the offline client's copy (new ETag)
}

/** how the directory publication is put into service (publication-sync.ts); null: the boot seeds */
export const applyDirectory: ApplyPublication = (data, content, version) => {
  const state = directoryState(data);
  const parsed = content === null ? null : directoryContentSchema.safeParse(content);
  if (parsed && !parsed.success) return; // not a directory this server can read: keep serving what it has
  const next = parsed ? parsed.data : state.original;
  if (next) useDirectory(data, structuredClone(next), version);
};
