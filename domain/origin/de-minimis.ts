import { atLeast, round2 } from './rvc.js';
import type { Bom, DeMinimisWorking, OriginQuestion } from './types.js';

export const DE_MINIMIS_PCT = 10 as const;

/** Chapters 50 through 63 (textiles): Art. 3.7.1(b) also allows a weight test. */
export function isTextileChapter(goodDigits: string): boolean {
  const ch = Number(goodDigits.slice(0, 2));
  return ch >= 50 && ch <= 63;
}

/**
 * Art. 3.7.1: a good failing a CTC still qualifies if the non-originating materials that did not undergo the
 * change are (a) <= 10% of the FOB value of the good (values as in Art. 3.5.3), or (b) for chapters 50–63,
 * <= 10% of the total weight of the good. `failing`: indexes of those materials in bom.materials.
 */
export function deMinimis(bom: Bom, goodDigits: string, failing: number[]): DeMinimisWorking {
  const mats = failing.map((i) => bom.materials[i]);
  const failingValue = mats.reduce((s, m) => s + m.value, 0);
  const pctExact = (failingValue / bom.fob) * 100;
  const valueOk = atLeast(DE_MINIMIS_PCT, pctExact);
  const out: DeMinimisWorking = {
    failingValue: round2(failingValue),
    fob: bom.fob,
    valuePct: round2(pctExact),
    limitPct: DE_MINIMIS_PCT,
    valueOk,
    passes: valueOk,
  };
  if (isTextileChapter(goodDigits)) {
    const missing: OriginQuestion[] = [];
    if (mats.some((m) => m.weightKg === undefined)) missing.push('material-weights');
    if (bom.weightKg === undefined || bom.weightKg <= 0) missing.push('good-weight');
    if (missing.length > 0) {
      out.weight = { applicable: true, missing };
    } else {
      const failingKg = mats.reduce((s, m) => s + (m.weightKg ?? 0), 0);
      const goodKg = bom.weightKg as number;
      const pct = (failingKg / goodKg) * 100;
      const ok = atLeast(DE_MINIMIS_PCT, pct);
      out.weight = { applicable: true, failingKg: round2(failingKg), goodKg, pct: round2(pct), ok };
      out.passes = valueOk || ok;
    }
  } else {
    out.weight = { applicable: false };
  }
  return out;
}
