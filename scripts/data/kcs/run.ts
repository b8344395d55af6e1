/**
 * Report of the KCS 2025 and Viet Nam 2026 importers (no files written):
 *   node --import tsx scripts/data/kcs/run.ts --from /work/shared/data [--dest AU,NZ]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { TariffLine } from '../../../domain/schemas/index.js';
import { importVietnam2026 } from '../vn/import-vn-2026.js';
import { mergeVietnam } from '../vn/merge-vietnam.js';
import { importKcs } from './import-kcs.js';
import { KCS_DESTS } from './kcs-config.js';

const has = (l: TariffLine, asOf: string, k: 'mfn' | 'rcep') => l[k].some((e) => e.asOf === asOf);

function summary(dest: string, lines: TariffLine[], years: string[], ms: number): string {
  const parts = [`${dest}: ${lines.length} national lines`];
  for (const y of years) {
    const withRcep = lines.filter((l) => has(l, y, 'rcep'));
    const nc = withRcep.filter((l) => l.rcep.some((e) => e.asOf === y && e.rate.kind === 'notConceded')).length;
    const noMfn = withRcep.filter((l) => !has(l, y, 'mfn')).length;
    parts.push(
      `${y}: MFN ${lines.filter((l) => has(l, y, 'mfn')).length}, RCEP for China ${withRcep.length} (not conceded ${nc}; without MFN ${noMfn})`,
    );
  }
  parts.push(`path ${lines.filter((l) => l.path).length}`);
  const ref = lines.filter((l) => l.referenceOnly?.['rcep-korea']?.length).length;
  if (ref) parts.push(`Korea rate (reference only) ${ref}`);
  const acfta = lines.filter((l) => l.other?.acfta?.length).length;
  if (acfta) parts.push(`ACFTA ${acfta}`);
  return `${parts.join(' | ')} (${ms} ms)`;
}

function byReason(q: { reason: string }[]): string {
  const c: Record<string, number> = {};
  for (const x of q) c[x.reason] = (c[x.reason] ?? 0) + 1;
  return Object.entries(c)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
}

const notes = (stats: Record<string, number>) =>
  Object.entries(stats)
    .filter(([k]) => !k.startsWith('quarantined:'))
    .sort()
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { from: { type: 'string' }, dest: { type: 'string' } } });
  if (!values.from) {
    console.error('run: --from <raw mirror dir> is required');
    return 2;
  }
  const from = resolve(values.from);
  const wanted = values.dest ? values.dest.toUpperCase().split(',') : KCS_DESTS;
  for (const dest of KCS_DESTS.filter((d) => wanted.includes(d))) {
    const t = Date.now();
    const r = await importKcs(from, dest);
    if (dest !== 'VN') {
      console.log(summary(dest, r.lines, ['2025'], Date.now() - t));
      console.log(`  china column: ${r.chinaColumn}; notes: ${notes(r.stats)}`);
      console.log(`  quarantined ${r.quarantine.length}: ${byReason(r.quarantine)}`);
      continue;
    }
    const v = await importVietnam2026(from, r.english);
    const m = mergeVietnam(r, v);
    console.log(summary('VN', m.lines, ['2025', '2026'], Date.now() - t));
    console.log(
      `  china column: ${m.chinaColumn}; 2025 notes: ${notes(r.stats)}; 2026 notes: ${notes(v.stats)}; cross-check: ${notes(m.stats)}`,
    );
    console.log(
      `  codes only in KCS 2025: ${m.onlyIn.kcs2025.length} (of which 8-digit ${m.onlyIn.kcs2025.filter((c) => c.length === 8).length}); only in VN 2026: ${m.onlyIn.vn2026.length}`,
    );
    console.log(`  quarantined ${m.quarantine.length}: ${byReason(m.quarantine)}`);
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
