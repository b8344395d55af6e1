import type { Quarantine } from '../../../domain/schemas/index.js';
import type { DataCheck } from './types.js';

/** Lists the quarantine of every pack (count per reason), the build warnings, and what is still missing. */
export const quarantineListed: DataCheck = {
  name: 'quarantine-listed',
  description: 'lists quarantined rows per pack and reason; warns about build warnings and incomplete curated names',
  check(input, report) {
    const packs: [string, Quarantine[] | undefined][] = [
      ['hs.json', input.hs?.quarantine],
      ['annex1.json', input.annex1?.quarantine],
      ['psr.json', input.psr?.quarantine],
      ...Object.entries(input.tariffs).map(
        ([d, p]) => [`tariff-${d.toLowerCase()}.json`, p?.quarantine] as [string, Quarantine[] | undefined],
      ),
    ];
    let total = 0;
    for (const [file, list] of packs) {
      const by = new Map<string, number>();
      for (const q of list ?? []) by.set(q.reason, (by.get(q.reason) ?? 0) + 1);
      total += list?.length ?? 0;
      for (const [reason, n] of [...by].sort()) report.info('quarantined', { where: `${file} ${reason}`, actual: n });
    }
    const m = input.manifest as { quarantine?: { total?: number }; warnings?: string[] } | undefined;
    if (m?.quarantine?.total !== undefined && m.quarantine.total !== total) {
      report.error('manifest-quarantine-total-differs', { actual: total, expected: m.quarantine.total });
    }
    for (const w of m?.warnings ?? []) report.warning('build-warning', { actual: w });
    const nodes = input.hs?.versions['2022'] ?? [];
    const zh = (len: number) => nodes.filter((n) => n.code.length === len && n.zh).length;
    if (input.hs && zh(2) < 97) report.warning('hs-zh-chapters-incomplete', { actual: zh(2), expected: 97 });
    if (input.hs && zh(4) < 1229) report.warning('hs-zh-headings-incomplete', { actual: zh(4), expected: 1229 });
  },
};
