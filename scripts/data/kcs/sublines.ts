import type { RateExpr, TariffLine } from '../../../domain/schemas/index.js';
import { count, entry, sameRate, type Ctx } from './kcs-cells.js';
import { normaliseCell } from './parse-kcs-rate.js';

/**
 * TH (and a few VN) 8-digit lines print no MFN of their own: the rate is given on national
 * sub-lines below them (10-digit codes that extend the 8-digit code), split by a description
 * ("For in liquid form ..." 30%, "Other" 5%). The 8-digit line then gets that MFN as a
 * conditional rate (one case per sub-line, its description as the condition), or the single
 * rate when every sub-line has the same one. Rows cited: the sub-lines'.
 * Lines are in file order, so the sub-lines of a line follow it directly.
 */
export function mfnFromSublines(ctx: Ctx, lines: TariffLine[]): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.code.length !== 8 || line.mfn.length > 0 || line.quarantined?.length) continue;
    const subs: TariffLine[] = [];
    for (let j = i + 1; j < lines.length && lines[j]!.code.startsWith(line.code); j++) subs.push(lines[j]!);
    if (subs.length === 0) continue;
    if (subs.some((s) => s.mfn.length !== 1)) {
      count(ctx, 'mfn-sublines-incomplete');
      continue;
    }
    const rates = subs.map((s) => s.mfn[0]!);
    const rowsCited = rates.map((e) => e.row).join(',');
    let rate: RateExpr;
    if (rates.every((e) => sameRate(e.rate, rates[0]!.rate))) rate = rates[0]!.rate;
    else {
      rate = {
        kind: 'conditional',
        cases: subs.map((s, k) => ({
          when: { en: normaliseCell(s.desc.replace(/^[-\s.]+/, '')) || s.printed || s.code },
          rate: rates[k]!.rate,
        })),
      };
    }
    line.mfn.push(
      entry(ctx, rate, rowsCited, `see national sub-lines ${subs.map((s) => s.printed ?? s.code).join(', ')}`),
    );
    count(ctx, 'mfn-from-sublines');
  }
}
