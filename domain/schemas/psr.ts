import { z } from 'zod';
import { localTextSchema } from './rate.js';

/** HS reference in a rule exception: chapter '84', heading '84.07', subheading '8407.10'. */
export const hsRefSchema = z.object({
  level: z.enum(['chapter', 'heading', 'subheading']),
  code: z.string().regex(/^\d{2}(\d{2}(\d{2})?)?$/), // digits only: '84', '8407', '840710'
});
export type HsRef = z.infer<typeof hsRefSchema>;

/**
 * Product-specific rule of origin (Annex 3A) as a tree.
 * CC/CTH/CTSH: change in tariff classification (headnote), applying to non-originating materials only;
 * `except`: materials of these codes must not be non-originating ("except from heading 84.07").
 * RVC: regional value content >= threshold (Art. 3.5). CR: chemical reaction (headnote).
 * or: any alternative suffices (headnote); and: all must hold.
 * cases: the goods of the unit are split; each case names its goods by HS codes and/or text (`goods.text`:
 *   the Korean statutory wording in `ko`, the project's plain Chinese and English descriptions in `zh` / `en`).
 * proviso: `rule` counts only when `proviso` holds too ("6단위 세번변경기준(다만, 유효성분(들)의 전 중량의 100분의 50
 *   이상이 원산지제품인 경우로 한정한다)" = CTSH, provided that >= 50 % by weight of the active ingredients is originating).
 */
export type PsrRule =
  | { kind: 'WO' }
  | { kind: 'CC' | 'CTH' | 'CTSH'; except?: HsRef[] }
  | { kind: 'RVC'; threshold: number }
  | { kind: 'CR' }
  | { kind: 'or'; rules: PsrRule[] }
  | { kind: 'and'; rules: PsrRule[] }
  | { kind: 'proviso'; rule: PsrRule; proviso: PsrProviso }
  | {
      kind: 'cases';
      cases: { goods: { hs?: HsRef[]; text?: z.infer<typeof localTextSchema>; otherwise?: boolean }; rule: PsrRule }[];
    };

/**
 * A condition added to a rule. The only one Annex 3A (HS 2022) states is on the active ingredients of heading 38.08:
 * at least `minPct` % of their total weight must be originating.
 */
export const psrProvisoSchema = z.object({
  kind: z.literal('active-ingredients-originating'),
  minPct: z.number().min(0).max(100),
  text: localTextSchema,
});
export type PsrProviso = z.infer<typeof psrProvisoSchema>;

export const psrRuleSchema: z.ZodType<PsrRule> = z.lazy(() =>
  z.union([
    z.object({ kind: z.literal('WO') }),
    z.object({ kind: z.enum(['CC', 'CTH', 'CTSH']), except: z.array(hsRefSchema).optional() }),
    z.object({ kind: z.literal('RVC'), threshold: z.number().min(0).max(100) }),
    z.object({ kind: z.literal('CR') }),
    z.object({ kind: z.literal('or'), rules: z.array(psrRuleSchema).min(2) }),
    z.object({ kind: z.literal('and'), rules: z.array(psrRuleSchema).min(2) }),
    z.object({ kind: z.literal('proviso'), rule: psrRuleSchema, proviso: psrProvisoSchema }),
    z.object({
      kind: z.literal('cases'),
      cases: z
        .array(
          z.object({
            goods: z.object({
              hs: z.array(hsRefSchema).optional(),
              text: localTextSchema.optional(),
              otherwise: z.boolean().optional(),
            }),
            rule: psrRuleSchema,
          }),
        )
        .min(2),
    }),
  ]),
) as z.ZodType<PsrRule>;

/** One row of Annex 3A: the unit it applies to and its rule. `unit` digits only: '01', '0301', '850980'. */
export const psrRowSchema = z.object({
  unit: z.string().regex(/^\d{2}(\d{2}(\d{2})?)?$/),
  hsVersion: z.enum(['2012', '2022']),
  rule: psrRuleSchema,
  src: z.string(),
  row: z.string(),
});
export type PsrRow = z.infer<typeof psrRowSchema>;
