import type { HsRef } from '../schemas/index.js';
import { materialStatus } from './cumulation.js';
import { deMinimis } from './de-minimis.js';
import { refCovers } from './hs-ref.js';
import type { Bom, CtcWorking, MaterialCtc, OriginQuestion } from './types.js';

const LEVEL: Record<'CC' | 'CTH' | 'CTSH', number> = { CC: 2, CTH: 4, CTSH: 6 };

export function hsDigits(code: string): string {
  return String(code).replace(/\D/g, '');
}

export interface CtcResult {
  working: CtcWorking;
  /** undefined when it cannot be decided */
  passes: boolean | undefined;
  questions: OriginQuestion[];
}

/**
 * Change in tariff classification (Annex 3A headnote 7(b)-(d)): every non-originating material must be classified
 * outside the good's chapter / heading / subheading. The requirement and its exceptions apply to non-originating
 * materials only (headnotes 5 and 6); materials of undetermined origin count as non-originating (Art. 3.5.4).
 * Materials failing the change may still be covered by de minimis (Art. 3.7).
 */
export function evaluateCtc(
  rule: { kind: 'CC' | 'CTH' | 'CTSH'; except?: HsRef[] },
  goodDigits: string,
  bom: Bom,
): CtcResult {
  const n = LEVEL[rule.kind];
  const materials: MaterialCtc[] = bom.materials.map((m, index) => {
    const status = materialStatus(m.origin);
    const base = { index, hs: m.hs, origin: m.origin, status, value: m.value };
    if (status === 'originating-party') return { ...base, passes: true };
    const d = hsDigits(m.hs);
    const exceptLen = Math.max(0, ...(rule.except ?? []).map((r) => r.code.length));
    if (d.length < n || goodDigits.length < n || d.length < exceptLen)
      return { ...base, hsTooShort: true, passes: false };
    const changed = d.slice(0, n) !== goodDigits.slice(0, n);
    const excepted = (rule.except ?? []).some((r) => refCovers(r, d));
    return { ...base, changed, excepted, passes: changed && !excepted };
  });
  const failing = materials.filter((m) => !m.passes && !m.hsTooShort).map((m) => m.index);
  const unknown = materials.filter((m) => m.hsTooShort).map((m) => m.index);
  const working: CtcWorking = {
    rule: rule.kind,
    ...(rule.except?.length ? { except: rule.except } : {}),
    materials,
    failing,
  };
  if (failing.length === 0 && unknown.length === 0) {
    working.passes = true;
    return { working, passes: true, questions: [] };
  }
  // De minimis over the definite failures; if the undecided ones are added and it still holds, the CTC holds.
  const dm = deMinimis(bom, goodDigits, failing);
  working.deMinimis = dm;
  const weightMissing = dm.weight?.missing ?? [];
  if (unknown.length === 0) {
    if (dm.passes) return done(working, true, []);
    return done(working, weightMissing.length > 0 ? undefined : false, weightMissing);
  }
  const dmAll = deMinimis(bom, goodDigits, [...failing, ...unknown]);
  if (dmAll.passes) {
    working.deMinimis = dmAll;
    return done(working, true, []);
  }
  if (!dm.passes && weightMissing.length === 0) return done(working, false, []);
  return done(working, undefined, ['material-hs', ...weightMissing]);
}

function done(working: CtcWorking, passes: boolean | undefined, questions: OriginQuestion[]): CtcResult {
  working.passes = passes;
  return { working, passes, questions };
}
