type Obj = Record<string, unknown>;
const obj = (x: unknown): Obj => (x && typeof x === 'object' && !Array.isArray(x) ? (x as Obj) : {});

/**
 * Data as-of and coverage per destination, read from data/manifest.json (written by scripts/data/build.ts):
 * `sources` (array or map, each with `asOf`) and `destinations.<XX>.coverage`.
 */
export function manifestSummary(manifest: Obj | null): {
  dataAsOf: string | null;
  sourcesAsOf: Record<string, string>;
  coverage: Record<string, unknown>;
} {
  const m = obj(manifest);
  const list = Array.isArray(m.sources) ? m.sources : Object.values(obj(m.sources));
  const sourcesAsOf: Record<string, string> = {};
  for (const s of list) {
    const { id, asOf } = obj(s);
    if (typeof id === 'string' && typeof asOf === 'string') sourcesAsOf[id] = asOf;
  }
  const dates = Object.values(sourcesAsOf).sort();
  const coverage: Record<string, unknown> = {};
  for (const [dest, info] of Object.entries(obj(m.destinations))) coverage[dest] = obj(info).coverage ?? null;
  return { dataAsOf: dates.at(-1) ?? null, sourcesAsOf, coverage };
}
