import { isOriginating } from './cumulation.js';
import type { Bom, RvcWorking } from './types.js';

/** Round to 2 decimals for display; comparisons use `atLeast` on the unrounded figure. */
export function round2(x: number): number {
  return Math.round((x + Number.EPSILON) * 100) / 100;
}

/** x >= threshold, tolerant of binary floating-point noise (1e-9 percentage points). */
export function atLeast(x: number, threshold: number): boolean {
  return x + 1e-9 >= threshold;
}

export interface RvcFigures extends RvcWorking {
  /** unrounded best of the two formulas */
  bestExact: number;
}

/**
 * Art. 3.5.1: (a) build-down RVC = (FOB − VNM) / FOB × 100; (b) build-up RVC = (VOM + direct labour + direct
 * overhead + profit + other costs) / FOB × 100. VNM at CIF (3.5.3); undetermined origin = non-originating (3.5.4);
 * originating materials of any Party count as originating (3.4). Either formula may be used: the better is `best`.
 */
export function computeRvc(bom: Bom): RvcFigures {
  let vnm = 0;
  let vom = 0;
  for (const m of bom.materials) {
    if (isOriginating(m)) vom += m.value;
    else vnm += m.value;
  }
  const fob = bom.fob;
  const down = ((fob - vnm) / fob) * 100;
  const out: RvcFigures = {
    fob,
    vnm: round2(vnm),
    vom: round2(vom),
    buildDown: round2(down),
    best: round2(down),
    bestExact: down,
  };
  if (bom.costs) {
    const c = bom.costs;
    const costs = (c.labour ?? 0) + (c.overhead ?? 0) + (c.profit ?? 0) + (c.other ?? 0);
    const up = ((vom + costs) / fob) * 100;
    out.costs = round2(costs);
    out.buildUp = round2(up);
    if (up > down) {
      out.best = round2(up);
      out.bestExact = up;
    }
  }
  return out;
}
