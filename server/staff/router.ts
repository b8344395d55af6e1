import express, { type Router } from 'express';
import { apiRateLimit } from '../http/security.js';
import type { LoadedData } from '../data/load-data.js';
import { jsonBody } from '../http/json-body.js';
import { mountRoutes, type RouteDef } from '../routes/route.js';
import type { Store } from '../store/types.js';
import { authRoutes } from './auth-routes.js';
import { caseRoutes } from './cases-routes.js';
import { bootPacks } from '../data/pack-snapshot.js';
import { DATA_PREFIX, dataRoutes, UPLOAD_LIMIT, uploadAppliers } from './data-routes.js';
import { applyDirectory, DIRECTORY_PACK, directoryState } from './directory-content.js';
import { publicationSync, type PublicationSync } from './publication-sync.js';
import { directoryEditRoutes } from './directory-edit-routes.js';
import { feedbackRoutes } from './feedback-routes.js';
import { guard } from './guard.js';
import { sqlRunner } from './sql.js';
import { batchCountRoutes } from './batch-counts-routes.js';
import { statsLabeller } from './stats-labels.js';
import { statsRoutes } from './stats-routes.js';
import type { StaffRouteDef } from './staff-route.js';
import { userRoutes } from './users-routes.js';

export interface StaffDeps {
  store: Store;
  data: LoadedData;
  /** requests per minute per client on the staff API (as RCEP_RATE_LIMIT); 0 or absent: none */
  rateLimit?: number;
}

/** Every staff route with its roles (for the router, the OpenAPI document and the deny-by-default tests). */
export function staffRouteDefs({ store, data }: StaffDeps, sync = packSync(store, data)): StaffRouteDef[] {
  const db = sqlRunner(store);
  return [
    ...authRoutes(db),
    ...userRoutes(db),
    ...feedbackRoutes(db, data.seeds.contactUnits),
    ...caseRoutes(db, data),
    ...dataRoutes(db, data, sync),
    ...directoryEditRoutes(db, data, sync),
    ...statsRoutes(
      db,
      statsLabeller(process.cwd(), () => data.seeds.programmes),
    ),
    ...batchCountRoutes(db, data),
  ];
}

/** the published packs and the directory, kept as the database records them (publication-sync.ts) */
function packSync(store: Store, data: LoadedData): PublicationSync {
  directoryState(data); // keep the boot seeds as 'original' before anything replaces them
  bootPacks(data); // and the boot packs
  return publicationSync(store, data, { ...uploadAppliers(), [DIRECTORY_PACK]: applyDirectory });
}

/**
 * The /api/v1/staff router (paths inside are absolute). Every route but sign-in runs the guard first:
 * 401 'not-signed-in', 403 'wrong-role', 403 'csrf-token-invalid' on POSTs; then the shared
 * validate -> handler -> JSON pipeline (server/routes/route.ts).
 */
export function createStaffRouter(deps: StaffDeps): Router & { staffRoutes: RouteDef[] } {
  const db = sqlRunner(deps.store);
  const sync = packSync(deps.store, deps.data);
  const defs = staffRouteDefs(deps, sync);
  const router = express.Router();
  // published packs and directory edits survive restarts and other servers' publishes: until the store
  // has answered the first time, requests wait, so no one is served the boot data a publish has
  // replaced (a failed restore keeps the boot data); then each API request re-reads the versions when
  // the last read is older than RECHECK_MS (a notification from another server refreshes at once)
  router.use((_req, _res, next) => void sync.ready.then(() => next()));
  router.use('/api', (_req, _res, next) => void sync.fresh().then(() => next()));
  router.use('/api/v1/staff', (_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });
  if (deps.rateLimit) router.use('/api/v1/staff', apiRateLimit(deps.rateLimit));
  router.use(DATA_PREFIX, jsonBody(UPLOAD_LIMIT)); // a whole schedule (the general limit is 256 KiB)
  router.use('/api/v1/staff', jsonBody());
  for (const { roles, def } of defs)
    if (roles) router[def.method](def.path, guard(db, roles, def.operationId, def.method === 'post'));
  mountRoutes(
    router,
    defs.map((d) => d.def),
  );
  return Object.assign(router, { staffRoutes: defs.map((d) => d.def) });
}
