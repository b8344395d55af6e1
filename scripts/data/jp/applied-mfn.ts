import type { RateExpr } from '../../../domain/schemas/index.js';
import { parseJpRate, type JpRateResult } from './parse-jp-rate.js';

/**
 * Japan's applied MFN rate for a line, from the general (基本), temporary (暫定) and WTO (WTO協定) columns.
 *
 * Rule (Japan Customs, "税率の種類と適用順位" / order of application of tariff rates, customs.go.jp; Customs
 * Tariff Law Art. 3 and 3-2, Temporary Tariff Measures Law Art. 2): the national rate is the temporary rate
 * where one is set, else the general rate; the conventional (WTO) rate applies instead when it is lower than
 * the national rate. The schedule prints a WTO rate in parentheses when it is not applied because the national
 * rate is lower or equal; a general rate in parentheses is superseded by the temporary rate.
 *
 * So: national = 暫定 || 基本. WTO absent or in parentheses -> national. Otherwise the lower of the two when
 * they can be compared (free / ad valorem / specific per the same unit); when they cannot be compared the
 * schedule's own marking decides (a WTO rate printed without parentheses is the applied one).
 * Anything else comes back as a typed failure (kebab-case reason) for quarantine; nothing is guessed.
 */
export type AppliedMfn =
  | { ok: true; rate: RateExpr; basis: 'general' | 'temporary' | 'wto' | 'wto-per-case'; printed: string }
  | { ok: false; reason: string; detail: string };

export interface MfnCells {
  general?: string;
  temporary?: string;
  wto?: string;
}

/** Numeric level of a simple rate for comparison, or undefined when not comparable. */
function level(r: RateExpr): { dim: string; v: number } | undefined {
  if (r.kind === 'free') return { dim: 'pct', v: 0 };
  if (r.kind === 'adValorem') return { dim: 'pct', v: r.pct };
  if (r.kind === 'specific') return { dim: `${r.currency}/${r.unit}`, v: r.amount };
  return undefined;
}

/** -1 if a < b, 0 if equal, 1 if a > b, undefined if not comparable. A free rate is below any specific one. */
export function compareRates(a: RateExpr, b: RateExpr): number | undefined {
  const la = level(a);
  const lb = level(b);
  if (!la || !lb) return undefined;
  if (la.dim !== lb.dim) {
    if (a.kind === 'free') return b.kind === 'free' ? 0 : -1;
    if (b.kind === 'free') return 1;
    return undefined;
  }
  return Math.sign(la.v - lb.v);
}

function isWhollyParenthesized(text: string): boolean {
  const t = text.normalize('NFKC').trim();
  return t.startsWith('(') && t.endsWith(')');
}

export function printedMfn(c: MfnCells): string {
  return `基本 ${c.general || '-'} / 暫定 ${c.temporary || '-'} / WTO ${c.wto || '-'}`;
}

export function appliedMfn(cells: MfnCells, lang: 'ja' | 'en' = 'ja'): AppliedMfn {
  const printed = printedMfn(cells);
  const fail = (reason: string, r?: JpRateResult): AppliedMfn => ({
    ok: false,
    reason: r && !r.ok ? `${reason}-${r.reason}` : reason,
    detail: printed,
  });
  const natText = cells.temporary || cells.general;
  const natBasis = cells.temporary ? 'temporary' : 'general';
  if (!natText) return fail('jp-mfn-no-national-rate');
  if (!cells.temporary && isWhollyParenthesized(natText) && !cells.wto)
    return fail('jp-mfn-general-not-applied-no-other');
  const nat = parseJpRate(natText, { lang });
  if (!nat.ok) return fail(`jp-mfn-${natBasis}`, nat);
  if (!cells.wto) return { ok: true, rate: nat.rate, basis: natBasis, printed };
  if (isWhollyParenthesized(cells.wto)) {
    const w = parseJpRate(cells.wto, { lang });
    if (w.ok && compareRates(w.rate, nat.rate) === -1) return fail('jp-mfn-marking-inconsistent');
    return { ok: true, rate: nat.rate, basis: natBasis, printed };
  }
  const wto = parseJpRate(cells.wto, { lang });
  if (!wto.ok) return fail('jp-mfn-wto', wto);
  if (wto.rate.kind === 'conditional') {
    const cases = wto.rate.cases.map((c) => {
      const cmp = compareRates(c.rate, nat.rate);
      return cmp === undefined ? undefined : { when: c.when, rate: cmp < 0 ? c.rate : nat.rate };
    });
    if (cases.some((c) => c === undefined)) return fail('jp-mfn-not-comparable');
    return {
      ok: true,
      rate: { kind: 'conditional', cases: cases as { when: Record<string, string>; rate: RateExpr }[] },
      basis: 'wto-per-case',
      printed,
    };
  }
  const cmp = compareRates(wto.rate, nat.rate);
  if (cmp === undefined || cmp < 0) return { ok: true, rate: wto.rate, basis: 'wto', printed };
  return { ok: true, rate: nat.rate, basis: natBasis, printed };
}
