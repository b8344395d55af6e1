import type { PsrRule } from '../schemas/index.js';
import { isOriginating } from './cumulation.js';
import { evaluateCtc } from './ctc.js';
import { renderPsrRule } from './render-rule.js';
import { atLeast } from './rvc.js';
import type { Bom, WouldSatisfy } from './types.js';

/**
 * Quick mode: the firm gives only an "origin share" (its regional value content in %) and/or whether the good is
 * wholly obtained. A share proves an RVC rule when it reaches the threshold (Art. 3.5) and, at 100 %, the PE
 * criterion (Art. 3.2(b): no non-originating material at all). It cannot prove a change in tariff classification:
 * that needs the bill of materials (question 'bom').
 */
export function shareProvesPe(share: number | undefined): boolean {
  return share !== undefined && atLeast(share, 100);
}

/** RVC40 is the regional value content level used throughout Annex 3A (headnote 7(a)). */
export const ANNEX_3A_RVC_LEVEL = 40;

/**
 * What the firm's figures would satisfy when no PSR is loaded for the code (verdict 'rule-not-in-data'):
 * WO (declared), PE (all materials originating, or share 100 %), RVC40 (best RVC or share >= 40),
 * and each CTC level met by the bill of materials (with de minimis).
 */
export function wouldSatisfy(args: { goodDigits: string; bom?: Bom; rvc?: number; wholly?: boolean }): WouldSatisfy[] {
  const out: WouldSatisfy[] = [];
  const { bom } = args;
  const nonOrig = bom?.materials.some((m) => !isOriginating(m)) ?? false;
  if (args.wholly === true && !nonOrig)
    out.push({ criterion: 'WO', rule: { kind: 'WO' }, text: renderPsrRule({ kind: 'WO' }) });
  if ((bom && bom.materials.length > 0 && !nonOrig) || (!bom && shareProvesPe(args.rvc))) out.push({ criterion: 'PE' });
  if (args.rvc !== undefined && atLeast(args.rvc, ANNEX_3A_RVC_LEVEL)) {
    const rule: PsrRule = { kind: 'RVC', threshold: ANNEX_3A_RVC_LEVEL };
    out.push({ criterion: 'PSR', rule, text: renderPsrRule(rule) });
  }
  if (bom) {
    for (const kind of ['CC', 'CTH', 'CTSH'] as const) {
      if (evaluateCtc({ kind }, args.goodDigits, bom).passes === true)
        out.push({ criterion: 'PSR', rule: { kind }, text: renderPsrRule({ kind }) });
    }
  }
  return out;
}
