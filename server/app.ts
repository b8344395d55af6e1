import express, { type Express } from 'express';
import type { Config } from './config.js';
import type { LoadedData } from './data/load-data.js';
import { clientFiles } from './http/client-files.js';
import { errorHandler, notFound } from './http/errors.js';
import { BOM_BODY_LIMIT, BOM_ROUTES, jsonBody } from './http/json-body.js';
import { requestLog } from './http/request-log.js';
import { apiRateLimit, securityHeaders } from './http/security.js';
import type { Logger } from './logger.js';
import { apiRoutes } from './routes/index.js';
import { createStaffRouter } from './staff/router.js';
import { mountRoutes, type RouteDef } from './routes/route.js';
import type { Store } from './store/types.js';

export interface AppDeps {
  store: Store;
  packs: LoadedData;
  config: Pick<Config, 'rateLimit' | 'root'>;
  logger: Logger;
}

/** The express app (no listening): tests drive it in-process with supertest. */
export function createApp({
  store,
  packs,
  config,
  logger,
}: AppDeps): Express & { apiRoutes: RouteDef[]; warm: () => void } {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use(requestLog(logger));
  app.use(securityHeaders());
  const { routes, warm } = apiRoutes({ store, data: packs });
  app.use('/api', apiRateLimit(config.rateLimit));
  // staff routes: guarded by role; mounted first, documented with the rest
  const staff = createStaffRouter({ store, data: packs });
  app.use(staff);
  const api = express.Router();
  // a bill of materials (500 materials with 200-character Chinese descriptions: ~340 KB) rides on these
  api.use(BOM_ROUTES, jsonBody(BOM_BODY_LIMIT));
  api.use(jsonBody());
  mountRoutes(api, routes);
  api.use('/api', notFound);
  app.use(api);
  routes.push(...staff.staffRoutes); // after mounting: for the OpenAPI document and the route tests only
  app.use(clientFiles(config.root));
  app.use(notFound);
  app.use(errorHandler(logger));
  return Object.assign(app, { apiRoutes: routes, warm });
}
