import type { DataCheck } from './types.js';

const HS_LEN: Record<string, number> = { '2': 2, '4': 4, '6': 6 };

/** Codes are digits of the right length, unique and sorted; national lines sit under a known HS subheading. */
export const codesWellFormed: DataCheck = {
  name: 'codes-well-formed',
  description:
    'codes are digits of the right length, unique and sorted; national lines fall under a known HS 6-digit code',
  check(input, report) {
    const hs = input.hs;
    const known: Record<string, Set<string>> = {};
    if (hs) {
      for (const v of ['2012', '2017', '2022'] as const) {
        known[v] = new Set(hs.versions[v].map((n) => n.code));
        for (const n of hs.versions[v]) {
          if (!/^\d+$/.test(n.code) || !HS_LEN[String(n.code.length)])
            report.error('hs-code-malformed', { where: `hs.json versions.${v}`, actual: n.code });
        }
      }
      for (const [k, rows] of Object.entries(hs.correlation)) {
        const [a, b] = k.split('-');
        const missing = rows.filter((r) => !known[a]?.has(r.from) || !known[b]?.has(r.to));
        if (missing.length)
          report.warning('correlation-code-unknown', {
            where: `hs.json correlation.${k}`,
            actual: missing.length,
            expected: 0,
          });
      }
    }
    for (const [dest, pack] of Object.entries(input.tariffs)) {
      const file = `tariff-${dest.toLowerCase()}.json`;
      let prev = '';
      const orphans: string[] = [];
      for (const l of pack?.lines ?? []) {
        if (!/^\d{4,12}$/.test(l.code)) report.error('line-code-malformed', { where: file, actual: l.code });
        if (l.code <= prev)
          report.error('line-codes-not-sorted-or-duplicate', { where: file, actual: l.code, expected: `> ${prev}` });
        prev = l.code;
        if (known[l.hsVersion] && l.code.length >= 6 && !known[l.hsVersion].has(l.code.slice(0, 6)))
          orphans.push(l.code);
      }
      if (orphans.length) {
        const where = `${file} (e.g. ${orphans.slice(0, 3).join(' ')})`;
        report.warning('line-not-under-hs-subheading', { where, actual: orphans.length, expected: 0 });
      }
    }
    const units = new Set<string>();
    for (const r of input.psr?.rows ?? []) {
      if (!/^\d{2}(\d{2}(\d{2})?)?$/.test(r.unit))
        report.error('psr-unit-malformed', { where: 'psr.json', actual: r.unit });
      if (units.has(r.hsVersion + r.unit))
        report.error('psr-unit-duplicate', { where: 'psr.json', actual: `${r.hsVersion} ${r.unit}` });
      units.add(r.hsVersion + r.unit);
    }
    for (const l of input.annex1?.lines ?? []) {
      if (!/^\d{6,12}$/.test(l.code))
        report.error('annex1-code-malformed', { where: `annex1.json ${l.party}`, actual: l.code });
    }
  },
};
