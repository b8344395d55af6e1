/**
 * `npm run lint` step: fails on an import cycle among the project's modules (type-only imports count)
 * and on an import across a boundary (import-zones.ts).
 *   node --import tsx scripts/lint/check-imports.ts
 */
import { join, relative, resolve, sep } from 'node:path';
import { findCycles, importGraph, sourceFiles } from './import-cycles.js';
import { zoneBreaches } from './import-zones.js';

const root = resolve(import.meta.dirname, '..', '..');
const rel = (file: string) => relative(root, file).split(sep).join('/');

const graph = importGraph(['domain', 'server', 'client', 'scripts', 'test'].flatMap((d) => sourceFiles(join(root, d))));
const cycles = findCycles(graph);
for (const cycle of cycles) console.error(`import cycle: ${cycle.map(rel).join(' -> ')}`);
const breaches = zoneBreaches(graph, rel);
for (const b of breaches) console.error(`import across a boundary (${b.rule}): ${b.from} -> ${b.to}`);
if (cycles.length || breaches.length) {
  console.error(`${cycles.length} import cycle(s) (type-only imports count), ${breaches.length} boundary breach(es)`);
  process.exit(1);
}
console.log('imports: no cycle, no boundary crossed');
