import { coverageOf } from '../lib/coverage.js';
import { sha256 } from '../lib/manifest.js';
import { sortKeys } from '../lib/write-pack.js';
import type { DataCheck } from './types.js';

interface ManifestShape {
  packs?: Record<string, { sha256: string; records: number; quarantined: number; bytes: number }>;
  destinations?: Record<string, { pack: string | null; coverage: unknown }>;
  sources?: { id: string; sha256: string }[];
}

/** data/manifest.json agrees with the committed packs: bytes, sha256, record and quarantine counts, coverage, sources. */
export const manifestMatches: DataCheck = {
  name: 'manifest-matches',
  description: 'manifest counts, sha256 and coverage match the packs',
  check(input, report) {
    const m = input.manifest as ManifestShape | undefined;
    if (!m?.packs) return report.error('manifest-missing', { where: 'data/manifest.json' });
    const records: Record<string, [number, number]> = {};
    if (input.hs)
      records['hs.json'] = [
        input.hs.versions['2022'].length + input.hs.versions['2017'].length + input.hs.versions['2012'].length,
        input.hs.quarantine.length,
      ];
    if (input.annex1) records['annex1.json'] = [input.annex1.lines.length, input.annex1.quarantine.length];
    if (input.psr) records['psr.json'] = [input.psr.rows.length, input.psr.quarantine.length];
    for (const [d, p] of Object.entries(input.tariffs))
      if (p) records[`tariff-${d.toLowerCase()}.json`] = [p.lines.length, p.quarantine.length];
    for (const file of Object.keys(input.texts).filter((f) => f !== 'manifest.json')) {
      if (!m.packs[file]) report.error('pack-not-in-manifest', { where: file });
    }
    for (const [file, info] of Object.entries(m.packs)) {
      const text = input.texts[file];
      if (text === undefined) {
        report.error('manifest-pack-missing', { where: file });
        continue;
      }
      if (sha256(text) !== info.sha256)
        report.error('pack-sha256-differs', { where: file, actual: sha256(text), expected: info.sha256 });
      const [n, q] = records[file] ?? [];
      if (n !== info.records) report.error('record-count-differs', { where: file, actual: n, expected: info.records });
      if (q !== info.quarantined)
        report.error('quarantine-count-differs', { where: file, actual: q, expected: info.quarantined });
    }
    for (const [dest, d] of Object.entries(m.destinations ?? {})) {
      const pack = input.tariffs[dest as keyof typeof input.tariffs];
      if (!pack) {
        if (d.pack) report.error('destination-pack-missing', { where: dest, expected: d.pack });
        continue;
      }
      const actual = JSON.stringify(sortKeys(coverageOf(pack)));
      const expected = JSON.stringify(sortKeys(d.coverage));
      if (actual !== expected) report.error('coverage-differs', { where: dest, actual, expected });
    }
    const packSources = new Map<string, string>();
    for (const p of [input.hs, input.annex1, input.psr, ...Object.values(input.tariffs)])
      for (const s of p?.sources ?? []) packSources.set(s.id, s.sha256);
    for (const s of m.sources ?? []) {
      if (packSources.get(s.id) !== s.sha256)
        report.error('source-differs', { where: s.id, actual: packSources.get(s.id), expected: s.sha256 });
    }
  },
};
