import { lineSources } from '../lib/pack-citations.js';
import type { DataCheck, Report } from './types.js';

function checkIds(file: string, known: Set<string>, ids: Iterable<string>, report: Report): void {
  const missing = new Set([...ids].filter((id) => !known.has(id)));
  for (const id of missing) report.error('source-missing', { where: file, actual: id, expected: [...known].join(' ') });
}

/** Every record names a source, and that source is listed in its pack. */
export const sourcesPresent: DataCheck = {
  name: 'sources-present',
  description: "no record without a source: every src a record cites is in its pack's sources",
  check(input, report) {
    const ids = (list: { id: string }[] | undefined) => new Set((list ?? []).map((s) => s.id));
    if (input.hs)
      checkIds(
        'hs.json',
        ids(input.hs.sources),
        input.hs.quarantine.map((q) => q.src),
        report,
      );
    if (input.annex1) {
      const a = input.annex1;
      checkIds(
        'annex1.json',
        ids(a.sources),
        [...a.lines.map((l) => l.src), ...a.quarantine.map((q) => q.src)],
        report,
      );
    }
    if (input.psr) {
      const p = input.psr;
      checkIds('psr.json', ids(p.sources), [...p.rows.map((r) => r.src), ...p.quarantine.map((q) => q.src)], report);
    }
    for (const [dest, pack] of Object.entries(input.tariffs)) {
      if (!pack) continue;
      const file = `tariff-${dest.toLowerCase()}.json`;
      const cited = new Set(pack.quarantine.map((q) => q.src));
      let bare = 0;
      for (const l of pack.lines) {
        const s = lineSources(l);
        if (s.size === 0) bare++;
        for (const id of s) cited.add(id);
      }
      // A code-only line (e.g. "MFN not in data") cites the row that prints it (TariffLine.src/row).
      if (bare) report.error('line-without-source', { where: file, actual: bare, expected: 0 });
      checkIds(file, ids(pack.sources), cited, report);
    }
  },
};
