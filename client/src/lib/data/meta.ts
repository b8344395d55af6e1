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

export function normaliseMeta(raw: unknown): Meta {
  const r = (raw ?? {}) as Record<string, unknown>;
  const cov = (r.coverage ?? (r.data as Record<string, unknown> | undefined)?.coverage ?? {}) as Meta['coverage'];
  const asOf = (r.dataAsOf ?? r.asOf ?? (r.data as Record<string, unknown> | undefined)?.asOf) as string | undefined;
  return { dataAsOf: typeof asOf === 'string' ? asOf : undefined, coverage: cov };
}
