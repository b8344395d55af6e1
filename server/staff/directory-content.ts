import { z } from 'zod';
import {
  contactUnitSchema,
  programmeSchema,
  type ContactUnit,
  type Programme,
} from '../../domain/schemas/programme.js';
import { serveDirectoryPack } from '../data/directory-pack.js';
import type { LoadedData } from '../data/load-data.js';
import { activeContent } from './publications-repo.js';
import type { SqlRunner } from './sql.js';

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
  /** the active publication id, or 'original' */
  version: string;
  /** edits of one process run one after another (each reads the content the previous one wrote) */
  queue: Promise<unknown>;
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
      queue: Promise.resolve(),
    };
    states.set(data.seeds, s);
  }
  return s;
}

export function currentDirectory(data: LoadedData): DirectoryContent | null {
  const { programmes, contactUnits } = data.seeds;
  return programmes && contactUnits ? { programmes, units: contactUnits } : null;
}

/** run `fn` after the edits already queued for `data` */
export function serially<T>(data: LoadedData, fn: () => Promise<T>): Promise<T> {
  const s = directoryState(data);
  const next = s.queue.then(fn);
  s.queue = next.catch(() => undefined);
  return next;
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

/** the published directory (if any) replaces the seeds; call once at start-up */
export async function restoreDirectory(db: SqlRunner, data: LoadedData): Promise<boolean> {
  directoryState(data); // keep the boot seeds as 'original' before anything replaces them
  const row = await db.get('SELECT id FROM pack_publications WHERE pack = ? AND active = 1', [DIRECTORY_PACK]);
  if (!row) return false;
  const parsed = directoryContentSchema.safeParse(await activeContent(db, DIRECTORY_PACK));
  if (!parsed.success) return false;
  useDirectory(data, parsed.data, String(row.id));
  return true;
}
