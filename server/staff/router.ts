import express, { type Router } from 'express';
import { apiRateLimit } from '../http/security.js';
import type { LoadedData } from '../data/load-data.js';
import { jsonBody } from '../http/json-body.js';
import { mountRoutes, type RouteDef } from '../routes/route.js';
import type { Store } from '../store/types.js';
import { authRoutes } from './auth-routes.js';
import { caseRoutes } from './cases-routes.js';
import { DATA_PREFIX, dataRoutes, restorePublished, UPLOAD_LIMIT } from './data-routes.js';
import { restoreDirectory } from './directory-content.js';
import { directoryEditRoutes } from './directory-edit-routes.js';
import { feedbackRoutes } from './feedback-routes.js';
import { guard } from './guard.js';
import { sqlRunner } from './sql.js';
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
export function staffRouteDefs({ store, data }: StaffDeps): StaffRouteDef[] {
  const db = sqlRunner(store);
  return [
    ...authRoutes(db),
    ...userRoutes(db),
    ...feedbackRoutes(db, data.seeds.contactUnits),
    ...caseRoutes(db, data.index),
    ...dataRoutes(db, data),
    ...directoryEditRoutes(db, data),
    ...statsRoutes(db),
  ];
}

/**
 * The /api/v1/staff router (paths inside are absolute). Every route but sign-in runs the guard first:
 * 401 'not-signed-in', 403 'wrong-role', 403 'csrf-token-invalid' on POSTs; then the shared
 * validate -> handler -> JSON pipeline (server/routes/route.ts).
 */
export function createStaffRouter(deps: StaffDeps): Router & { staffRoutes: RouteDef[] } {
  const db = sqlRunner(deps.store);
  const defs = staffRouteDefs(deps);
  const router = express.Router();
  // published packs and directory edits survive restarts: until the store has answered, requests wait,
  // so no one is served the boot data a publish has replaced (a failed restore keeps the boot data)
  const restored = Promise.allSettled([restorePublished(db, deps.data), restoreDirectory(db, deps.data)]);
  router.use((_req, _res, next) => void restored.then(() => next()));
  router.use('/api/v1/staff', (_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });
  if (deps.rateLimit) router.use('/api/v1/staff', apiRateLimit(deps.rateLimit));
  router.use(DATA_PREFIX, express.json({ limit: UPLOAD_LIMIT, strict: true }));
  router.use('/api/v1/staff', jsonBody());
  for (const { roles, def } of defs)
    if (roles) router[def.method](def.path, guard(db, roles, def.operationId, def.method === 'post'));
  mountRoutes(
    router,
    defs.map((d) => d.def),
  );
  return Object.assign(router, { staffRoutes: defs.map((d) => d.def) });
}
