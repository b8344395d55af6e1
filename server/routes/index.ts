import type { LoadedData } from '../data/load-data.js';
import { briefingService } from '../services/briefings.js';
import { checkProgrammes } from '../services/check-programmes.js';
import { directoryService } from '../services/directory.js';
import { engineService } from '../services/engine.js';
import { recordsService } from '../services/records.js';
import type { Store } from '../store/types.js';
import { briefingRoutes } from './briefings.js';
import { directoryRoutes } from './directory.js';
import { engineRoutes } from './engine.js';
import { packRoutes } from './packs.js';
import { recordRoutes } from './records.js';
import type { RouteDef } from './route.js';
import { systemRoutes } from './system.js';

/** Every /api/v1 route, in registration order (the OpenAPI document is built from this list). */
export function apiRoutes({ store, data }: { store: Store; data: LoadedData }): {
  routes: RouteDef[];
  warm: () => void;
} {
  const routes: RouteDef[] = [];
  const engine = engineService(data);
  routes.push(
    ...systemRoutes(store, data, () => routes),
    ...engineRoutes(engine, checkProgrammes(data)),
    ...briefingRoutes(briefingService(data)),
    ...directoryRoutes(directoryService(data)),
    ...recordRoutes(recordsService(store, data.seeds.contactUnits, data)),
    ...packRoutes(data),
  );
  return { routes, warm: () => engine.warm() };
}
