import type { DirectoryPack } from '../../domain/programmes/answer.js';
import type { LoadedData } from './load-data.js';
import { packFile } from './pack-file.js';

/** data.files key of the directory pack (GET /api/v1/packs/directory) */
export const DIRECTORY_FILE = 'directory';

/**
 * Serve the programmes and contact units the API uses right now (data.seeds) as the pack the offline
 * client matches programmes on. Called at boot and after every admin edit or rollback of the
 * directory, so the ETag changes with the content. No pack while either list is missing. (Not in
 * data.status, which reports the data/packs files the health check counts.)
 */
export function serveDirectoryPack(data: Pick<LoadedData, 'files' | 'seeds'>): void {
  const { programmes, contactUnits } = data.seeds;
  if (!programmes || !contactUnits) {
    data.files.delete(DIRECTORY_FILE);
    return;
  }
  const pack: DirectoryPack = { programmes, units: contactUnits };
  data.files.set(DIRECTORY_FILE, packFile(DIRECTORY_FILE, Buffer.from(JSON.stringify(pack))));
}
