import type { Party } from '../../../../domain/schemas/index.js';

/** What the client needs from GET /api/v1/meta (read tolerantly: the server owns the shape). */
export interface Meta {
  dataAsOf?: string;
  coverage: Partial<Record<Party, CoverageLike>>;
}
export interface CoverageLike {
  lines?: number;
  withMfn?: Record<string, number>;
  withRcepForChina?: Record<string, number>;
}

export type LoadStatus = 'loaded' | 'partly-loaded' | 'not-loaded';

const sum = (r?: Record<string, number>) => Object.values(r ?? {}).reduce((s, n) => s + (Number(n) || 0), 0);

/** loaded: national lines with RCEP rates for goods of China; partly: lines but no such rate; else not loaded. */
export function loadStatus(c: CoverageLike | undefined): LoadStatus {
  if (!c || !c.lines) return 'not-loaded';
  return sum(c.withRcepForChina) > 0 ? 'loaded' : 'partly-loaded';
}

type Obj = Record<string, unknown>;
const obj = (x: unknown): Obj => (x && typeof x === 'object' ? (x as Obj) : {});

/**
 * Read GET /api/v1/meta: `{ manifest: { sources: [{ asOf }], destinations: { JP: { coverage } } } }`
 * (data/manifest.json as the server loaded it). Also accepts a bare `{ coverage, dataAsOf }`.
 */
export function normaliseMeta(raw: unknown): Meta {
  const r = obj(raw);
  const manifest = obj(r.manifest);
  const coverage: Meta['coverage'] = {};
  for (const [dest, info] of Object.entries(obj(manifest.destinations)))
    coverage[dest as Party] = obj(obj(info).coverage) as CoverageLike;
  Object.assign(coverage, obj(r.coverage));
  const dates = (Array.isArray(manifest.sources) ? manifest.sources : [])
    .map((x) => obj(x).asOf)
    .filter((d): d is string => typeof d === 'string')
    .sort();
  const asOf = typeof r.dataAsOf === 'string' ? r.dataAsOf : dates.at(-1);
  return { dataAsOf: asOf, coverage };
}
