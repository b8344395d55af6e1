/**
 * npm run bench:search: accuracy and speed of the product search on the full packs.
 * Queries: bench/search/queries.json (what firms type, with the headings a broker would accept,
 * written from the HS nomenclature). A hit counts when its first four digits are an accepted heading.
 * Reports top-1 and top-5 accuracy (overall and by kind), the misses, and latency percentiles; writes
 * bench/results/search.json. Targets: top-1 >= 85 %, top-5 >= 97 %, p95 < 5 ms.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release } from 'node:os';
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildSearchIndex, search } from '../../domain/search/index.js';
import { loadPacks } from '../cli/load-packs.js';

interface Query {
  q: string;
  kind: string;
  accept: string[];
}

const ROUNDS = 5;
const root = resolve(process.cwd());
const { queries } = JSON.parse(readFileSync(resolve(root, 'bench/search/queries.json'), 'utf8')) as {
  queries: Query[];
};
const { packs } = loadPacks();
const t0 = performance.now();
const index = buildSearchIndex(packs);
const buildMs = performance.now() - t0;

const heading = (code: string) => code.slice(0, 4);
const byKind = new Map<string, { n: number; top1: number; top5: number }>();
const misses: { q: string; kind: string; accept: string[]; got: string[] }[] = [];
let top1 = 0;
let top5 = 0;
for (const x of queries) {
  const hits = search(index, x.q, { limit: 5 }).filter((h) => h.code.length >= 4);
  const got = hits.map((h) => heading(h.code));
  const ok1 = got.length > 0 && x.accept.includes(got[0]);
  const ok5 = got.some((g) => x.accept.includes(g));
  const k = byKind.get(x.kind) ?? { n: 0, top1: 0, top5: 0 };
  k.n++;
  if (ok1) {
    top1++;
    k.top1++;
  }
  if (ok5) {
    top5++;
    k.top5++;
  }
  byKind.set(x.kind, k);
  if (!ok1) misses.push({ q: x.q, kind: x.kind, accept: x.accept, got });
}

// latency: every query, ROUNDS rounds after a warm-up round; figures of the round with the median p95
for (const x of queries) search(index, x.q, { limit: 10 });
const rounds = Array.from({ length: ROUNDS }, () => {
  const s = queries.map((x) => {
    const t = performance.now();
    search(index, x.q, { limit: 10 });
    return performance.now() - t;
  });
  s.sort((a, b) => a - b);
  const q = (p: number) => Math.round(s[Math.min(s.length - 1, Math.floor(p * s.length))] * 1000) / 1000;
  return { p50: q(0.5), p95: q(0.95), p99: q(0.99), max: q(1) };
});
const latency = [...rounds].sort((a, b) => a.p95 - b.p95)[Math.floor(ROUNDS / 2)];
const pct = (a: number, n: number) => Math.round((1000 * a) / n) / 10;
const result = {
  date: new Date().toISOString(),
  machine: { platform: platform(), release: release(), cpus: cpus().length, cpu: cpus()[0]?.model, loadavg: loadavg() },
  node: process.version,
  queries: queries.length,
  top1Pct: pct(top1, queries.length),
  top5Pct: pct(top5, queries.length),
  latencyMs: latency,
  rounds,
  indexBuildMs: Math.round(buildMs),
  byKind: Object.fromEntries(
    [...byKind].map(([k, v]) => [k, { n: v.n, top1Pct: pct(v.top1, v.n), top5Pct: pct(v.top5, v.n) }]),
  ),
  targets: { top1Pct: 85, top5Pct: 97, p95Ms: 5 },
  misses,
};
const out = resolve(root, 'bench/results/search.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
console.log(`search bench: ${queries.length} queries, top-1 ${result.top1Pct} %, top-5 ${result.top5Pct} %`);
console.log(`latency ms: p50 ${latency.p50}, p95 ${latency.p95}, p99 ${latency.p99}, max ${latency.max}`);
for (const [k, v] of Object.entries(result.byKind))
  console.log(`  ${k}: n=${v.n} top-1 ${v.top1Pct} % top-5 ${v.top5Pct} %`);
for (const m of misses)
  console.log(`  miss [${m.kind}] ${m.q} -> ${m.got.join(' ') || '(nothing)'} (accept ${m.accept.join(' ')})`);
