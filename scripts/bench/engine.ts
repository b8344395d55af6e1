/**
 * npm run bench: in-process engine benchmark on the full packs.
 * Targets (p95): tariff lookup < 0.2 ms, 20-material origin evaluation < 1 ms, search < 5 ms.
 * Prints a table and writes bench/results/engine.json (machine, date, figures).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { indexPacks } from '../../domain/engine-packs.js';
import { validChapter } from '../../domain/origin/bom-schema.js';
import { evaluateOrigin } from '../../domain/origin/evaluate.js';
import { findRule } from '../../domain/origin/find-rule.js';
import type { Bom } from '../../domain/origin/types.js';
import { buildSearchIndex, search } from '../../domain/search/index.js';
import type { Party } from '../../domain/schemas/index.js';
import { lookupTariff } from '../../domain/tariff/lookup-tariff.js';
import { summariseBriefing } from '../../domain/briefing/summarise-briefing.js';
import { loadPacks } from '../cli/load-packs.js';

/** Deterministic PRNG (mulberry32) so runs are comparable. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  const r = (x: number) => Math.round(x * 10000) / 10000;
  return { n: s.length, p50: r(q(0.5)), p95: r(q(0.95)), p99: r(q(0.99)), max: r(s[s.length - 1]) };
}

const ROUNDS = 3;

/**
 * Time every item, in ROUNDS rounds after a warm-up; the figures of the round with the median p95 are
 * reported (the machine is shared, so single rounds are noisy); every round is kept in the JSON.
 */
function time<T>(items: T[], fn: (x: T) => unknown, warm = 200) {
  for (let i = 0; i < Math.min(warm, items.length); i++) fn(items[i]);
  const rounds = Array.from({ length: ROUNDS }, () => {
    const cpu0 = process.cpuUsage();
    const samples = items.map((x) => {
      const t = performance.now();
      fn(x);
      return performance.now() - t;
    });
    const cpu = process.cpuUsage(cpu0);
    // CPU time per operation: insensitive to other processes competing for the cores
    return {
      ...stats(samples),
      cpuMeanMs: Math.round(((cpu.user + cpu.system) / 1000 / items.length) * 10000) / 10000,
    };
  });
  const byP95 = [...rounds].sort((a, b) => a.p95 - b.p95);
  return { ...byP95[Math.floor(ROUNDS / 2)], rounds };
}

const rand = rng(20260101);
const pick = <T>(a: T[]): T => a[Math.floor(rand() * a.length)];

const t0 = performance.now();
const { packs, missing, dir } = loadPacks();
const loadMs = performance.now() - t0;
const dests = Object.keys(packs.tariffs) as Party[];
if (!dests.length || missing.length) {
  process.stderr.write(`bench: packs missing in ${dir}: ${missing.join(', ') || 'tariff-*.json'}\n`);
  if (!dests.length) process.exit(1);
}
const t1 = performance.now();
const index = indexPacks(packs);
const indexMs = performance.now() - t1;
const t2 = performance.now();
const sIndex = buildSearchIndex(packs);
const searchBuildMs = performance.now() - t2;
const nationalLines = dests.reduce((n, d) => n + (packs.tariffs[d]?.lines.length ?? 0), 0);

// tariff: 80% national lines, 20% subheadings, dates 2022-2028, a shipment value
const N = 2000;
const tariffQueries = Array.from({ length: N }, () => {
  const dest = pick(dests);
  const line = pick(packs.tariffs[dest]!.lines);
  const y = 2022 + Math.floor(rand() * 7);
  const date = `${y}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-15`;
  const code = rand() < 0.8 ? line.code : line.code.slice(0, 6);
  return { dest, code, date, origin: 'CN' as const, value: 1000 + Math.floor(rand() * 1e5), currency: 'CNY' };
});
const tariff = time(tariffQueries, (q) => lookupTariff(index, q));

// origin: 20 materials, rules from the PSR pack
const hs6 = packs.hs.versions['2022']
  .filter((n) => n.code.length === 6 && validChapter(n.code.slice(0, 2)))
  .map((n) => n.code);
const goods = (hs6.length ? hs6 : ['850980']).filter((c) => findRule(index.psr, c));
const origins = ['CN', 'JP', 'KR', 'VN', 'US', 'DE', 'unknown'];
const originInputs = Array.from({ length: N }, () => {
  const code = goods.length ? pick(goods) : '850980';
  const materials = Array.from({ length: 20 }, () => ({
    hs: pick(hs6.length ? hs6 : ['850110']),
    origin: pick(origins),
    value: 1 + Math.floor(rand() * 20),
    weightKg: rand(),
  }));
  const fob = materials.reduce((a, m) => a + m.value, 0) * 1.6;
  const bom: Bom = { hs: code, fob, materials, costs: { labour: 10, overhead: 5, profit: 5, other: 0 }, weightKg: 25 };
  return { code, rule: findRule(index.psr, code), bom };
});
const origin = time(originInputs, (i) => evaluateOrigin(i));

// search: synonyms, Chinese names, English words and prefixes, codes; with and without a destination
const texts: string[] = [];
for (const s of packs.hs.synonyms) texts.push(s.term);
for (const n of packs.hs.versions['2022']) {
  if (n.zh && rand() < 0.1) texts.push([...n.zh].slice(0, 2 + Math.floor(rand() * 3)).join(''));
  if (rand() < 0.05)
    texts.push(
      n.en
        .split(/[^A-Za-z]+/)
        .filter((w) => w.length > 3)
        .slice(0, 2)
        .join(' '),
    );
  if (rand() < 0.05)
    texts.push(
      n.en
        .split(/[^A-Za-z]+/)
        .find((w) => w.length > 4)
        ?.slice(0, 3) ?? 'mot',
    );
  if (rand() < 0.03) texts.push(n.code.length === 6 ? `${n.code.slice(0, 4)}.${n.code.slice(4)}` : n.code);
}
const searchQueries = Array.from({ length: N }, () => ({
  text: pick(texts.filter(Boolean)),
  dest: rand() < 0.5 ? pick(dests) : undefined,
}));
const searchStats = time(searchQueries, (q) => search(sIndex, q.text, { dest: q.dest, limit: 20 }));

// briefing: a whole-country workshop summary (chapters 01–97, per chapter), every destination
const briefingQueries = dests.map((dest) => ({
  dest,
  chapters: { from: '01', to: '97' },
  date: '2026-11-24',
  by: 'chapter' as const,
}));
const briefing = time(briefingQueries, (q) => summariseBriefing(index, q));

const targets = { tariff: 0.2, origin: 1, search: 5, briefing: 1000 };
const figures = { tariff, origin, search: searchStats, briefing };
const rows = (Object.keys(figures) as (keyof typeof figures)[]).map((k) => {
  const f = figures[k];
  return `${k.padEnd(8)} ${String(f.n).padStart(6)} ${f.p50.toFixed(4).padStart(9)} ${f.p95.toFixed(4).padStart(9)} ${f.p99.toFixed(4).padStart(9)} ${f.cpuMeanMs.toFixed(4).padStart(9)} ${String(targets[k]).padStart(7)}  ${f.p95 < targets[k] ? 'ok' : 'OVER'}`;
});
process.stdout.write(
  [
    `engine benchmark (ms) on ${dests.length} destination packs, ${nationalLines} national lines, ${packs.psr.rows.length} PSR rows`,
    `case          n       p50       p95       p99  cpu/op  p95 tgt  (wall ms; median-p95 round of ${ROUNDS})`,
    ...rows,
    `load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')} on ${cpus().length} cores`,
    `load ${loadMs.toFixed(0)} ms, indexPacks ${indexMs.toFixed(0)} ms, buildSearchIndex ${searchBuildMs.toFixed(0)} ms`,
  ].join('\n') + '\n',
);

const out = resolve(dirname(fileURLToPath(import.meta.url)), '../../bench/results/engine.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(
  out,
  `${JSON.stringify(
    {
      name: 'engine',
      date: new Date().toISOString(),
      machine: {
        cpu: cpus()[0]?.model ?? 'unknown',
        cores: cpus().length,
        memGb: Math.round(totalmem() / 2 ** 30),
        os: `${platform()} ${release()}`,
        node: process.version,
      },
      packs: {
        destinations: dests,
        nationalLines,
        psrRows: packs.psr.rows.length,
        hsNodes: packs.hs.versions['2022'].length,
        missing,
      },
      setupMs: {
        load: Math.round(loadMs),
        indexPacks: Math.round(indexMs),
        buildSearchIndex: Math.round(searchBuildMs),
      },
      targetsMs: targets,
      figuresMs: figures,
    },
    null,
    2,
  )}\n`,
);
