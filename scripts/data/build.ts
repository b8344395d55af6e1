/**
 * data:build — import the raw mirror (--from <dir>) and write data/packs/*.json + data/manifest.json,
 * deterministically (sorted records, sorted keys, no timestamps): the same inputs give the same bytes.
 *   node --import tsx scripts/data/build.ts --from ../shared/data [--operator <dir>] [--out <dir>] [--strict]
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  annex1PackSchema,
  DESTINATIONS,
  hsPackSchema,
  psrPackSchema,
  tariffPackSchema,
} from '../../domain/schemas/index.js';
import type { Annex1Pack, HsPack, Party, PsrPack, TariffPack } from '../../domain/schemas/index.js';
import { importAnnex1 } from './annex1/import-annex1.js';
import { importHs } from './hs/import-hs.js';
import { sortQuarantine, tariffPack, uniqueSources, CHINA_COLUMN, type ImportResult } from './lib/assemble.js';
import { ftaPortalSource } from './lib/fta-portal-source.js';
import { buildManifest, packFile } from './lib/manifest.js';
import { IMPORTERS } from './lib/load-importers.js';
import { mergePsrRows } from './lib/merge-psr.js';
import { resolvePsrLines } from './lib/resolve-psr-lines.js';
import { GENERATED_BANNER, stableStringify } from './lib/write-pack.js';
import { importOperator } from './operator/import-operator.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      from: { type: 'string' },
      operator: { type: 'string' },
      out: { type: 'string' },
      strict: { type: 'boolean' },
    },
  });
  if (!values.from) {
    console.error(
      'data:build: --from <dir> is required: the raw mirror folder (e.g. npm run data:build -- --from ../shared/data)',
    );
    return 2;
  }
  const from = resolve(values.from);
  if (!existsSync(join(from, 'hs')) || !existsSync(join(from, 'rcep-extracts'))) {
    console.error(`data:build: ${from} does not look like the raw mirror (no hs/ or rcep-extracts/ folder)`);
    return 2;
  }
  const out = resolve(values.out ?? join(repoRoot, 'data'));
  const warnings: string[] = [];
  const warn = (w: string) => (warnings.push(w), console.warn(`data:build: warning: ${w}`));
  const banner = GENERATED_BANNER;
  const t0 = Date.now();
  const step = (what: string) => console.log(`data:build: ${what} (${Math.round((Date.now() - t0) / 1000)}s)`);

  step('hs');
  const hs = await importHs(from, repoRoot);
  const annex1 = await importAnnex1(from);
  const imp = IMPORTERS;
  const operator = values.operator ? await importOperator(resolve(values.operator)) : undefined;

  const psrParts: ImportResult[] = [];
  step('psr');
  if (imp.importPsr) psrParts.push(await imp.importPsr(from));
  if (operator) psrParts.push(operator.psr);
  const byDest = new Map<Party, ImportResult[]>();
  const add = (d: Party, r: ImportResult) => byDest.set(d, [...(byDest.get(d) ?? []), r]);
  step('japan');
  if (imp.importJapan) add('JP', await imp.importJapan(from));
  for (const dest of ['AU', 'NZ', 'MY', 'TH', 'ID', 'PH', 'KH', 'LA', 'BN', 'MM', 'SG'] as const) {
    step(`kcs ${dest}`);
    if (imp.importKcs) add(dest, await imp.importKcs(from, dest));
  }
  step('korea');
  if (imp.importKorea) add('KR', await imp.importKorea(from));
  step('viet nam');
  if (imp.importKcs && imp.importVietnam2026 && imp.mergeVietnam) {
    const kcsVn = await imp.importKcs(from, 'VN');
    add('VN', await imp.mergeVietnam(kcsVn, await imp.importVietnam2026(from, kcsVn.english)));
  } else if (imp.importKcs) add('VN', await imp.importKcs(from, 'VN'));

  const mergedPsr = mergePsrRows(psrParts);
  const psr: PsrPack = {
    _generated: banner,
    sources: uniqueSources(psrParts.flatMap((p) => p.sources)),
    rows: mergedPsr.rows,
    quarantine: sortQuarantine(mergedPsr.quarantine),
  };
  const tariffs: Partial<Record<Party, TariffPack>> = {};
  const unresolved: Record<string, number> = {};
  for (const [dest, parts] of [...byDest.entries()].sort()) {
    const pack = tariffPack(dest, [...parts, { sources: [ftaPortalSource(from)], quarantine: [] }], banner);
    if (imp.resolvePsrUnit && psr.rows.length)
      unresolved[dest] = resolvePsrLines(pack.lines, psr.rows, imp.resolvePsrUnit).length;
    tariffs[dest] = pack;
  }
  if (!imp.resolvePsrUnit) warn('psr-resolver-missing: national lines carry no psr unit');
  const annex1Pack: Annex1Pack = {
    _generated: banner,
    sources: uniqueSources([...annex1.sources, ...(operator?.annex1.sources ?? [])]),
    lines: [...annex1.lines, ...(operator?.annex1.lines ?? [])].sort((a, b) =>
      a.party + a.code + a.row < b.party + b.code + b.row ? -1 : 1,
    ),
    quarantine: sortQuarantine([...annex1.quarantine, ...(operator?.annex1.quarantine ?? [])]),
  };
  const hsPack: HsPack = {
    _generated: banner,
    sources: uniqueSources(hs.sources),
    sections: hs.sections,
    versions: hs.versions,
    correlation: hs.correlation,
    synonyms: hs.synonyms,
    quarantine: sortQuarantine(hs.quarantine),
  };
  if (hs.stats.zh.chapters < 97 || hs.stats.zh.headings < 1229) {
    warn(`hs-zh-incomplete: ${hs.stats.zh.chapters}/97 chapters, ${hs.stats.zh.headings}/1229 headings have a zh name`);
  }
  if (hs.stats.zh.subheadings < hs.stats.counts['2022'].subheadings) {
    warn(
      `hs-zh-subheadings-incomplete: ${hs.stats.zh.subheadings}/${hs.stats.counts['2022'].subheadings} subheadings have a zh name`,
    );
  }
  for (const m of hs.stats.curatedMissing) warn(`curated-file-missing: ${m}`);

  step('validate');
  const invalid = validate(hsPack, annex1Pack, psr, tariffs);
  if (invalid.length) {
    for (const e of invalid.slice(0, 30)) console.error(`data:build: schema: ${e}`);
    return 1;
  }
  const texts: Record<string, string> = {
    'hs.json': stableStringify(hsPack),
    'annex1.json': stableStringify(annex1Pack),
    'psr.json': stableStringify(psr),
  };
  for (const [d, p] of Object.entries(tariffs)) texts[packFile(d as Party)] = stableStringify(p);
  const destinations = Object.fromEntries(
    DESTINATIONS.map((d) => [d, { chinaColumn: CHINA_COLUMN[d], notInData: notInData(d, tariffs[d], unresolved[d]) }]),
  );
  const manifest = buildManifest(
    { hs: hsPack, psr, annex1: annex1Pack, tariffs },
    texts,
    { hs: { ...hs.stats, zhHeadingsExpected: 1229, zhChaptersExpected: 97 }, destinations, warnings },
    banner,
  );
  const packsDir = join(out, 'packs');
  mkdirSync(packsDir, { recursive: true });
  for (const f of readdirSync(packsDir)) if (/^tariff-[a-z]{2}\.json$/.test(f) && !texts[f]) rmSync(join(packsDir, f));
  for (const [name, text] of Object.entries(texts)) writeFileSync(join(packsDir, name), text);
  writeFileSync(join(out, 'manifest.json'), stableStringify(manifest));
  for (const [name, p] of Object.entries(manifest.packs))
    console.log(`data:build: ${name} ${p.records} records, ${p.quarantined} quarantined, ${p.bytes} bytes`);
  if (values.strict && warnings.length) return 1;
  return 0;
}

function validate(hs: HsPack, annex1: Annex1Pack, psr: PsrPack, tariffs: Partial<Record<Party, TariffPack>>): string[] {
  const errors: string[] = [];
  const check = (
    name: string,
    r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } },
  ) => {
    for (const i of r.error?.issues.slice(0, 5) ?? [])
      errors.push(`${name} ${i.path.map(String).join('.')}: ${i.message}`);
  };
  check('hs.json', hsPackSchema.safeParse(hs));
  check('annex1.json', annex1PackSchema.safeParse(annex1));
  check('psr.json', psrPackSchema.safeParse(psr));
  for (const [d, p] of Object.entries(tariffs)) check(packFile(d as Party), tariffPackSchema.safeParse(p));
  return errors;
}

/** kebab-case codes for what the sources do not give a destination (shown as coverage, never filled). */
function notInData(dest: Party, pack: TariffPack | undefined, unresolvedPsr: number | undefined): string[] {
  const out: string[] = [];
  if (!pack) out.push('national-tariff');
  const col = pack?.chinaColumn ?? CHINA_COLUMN[dest as Exclude<Party, 'CN'>];
  if (col === 'korea-only' || col === 'none') out.push('rcep-rate-for-china');
  if (unresolvedPsr) out.push(`psr-unresolved-lines:${unresolvedPsr}`);
  return out;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error('data:build: failed:', e instanceof Error ? e.stack : e);
    process.exit(1);
  },
);
