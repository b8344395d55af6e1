import { z } from 'zod';

/**
 * The firm-profile step: optional questions about the firm, each with a "not sure / skip" answer
 * ('unsure'), so matching can tell "the firm said no" from "the firm did not say". The size bands
 * follow 渝府办发〔2022〕107号 外贸行动计划 第26条, which sets the small-micro and medium trading-firm
 * thresholds at US$5m and US$50m ("认定标准分别放宽至 5000 万美元和 500 万美元").
 */
const unsure = z.literal('unsure');
const one = <T extends readonly [string, ...string[]]>(values: T) => z.union([z.enum(values), unsure]).optional();
const many = <T extends readonly [string, ...string[]]>(values: T) =>
  z.union([z.array(z.enum(values)).max(values.length), unsure]).optional();

export const FIRM_DISTRICTS = ['fuling', 'chongqing', 'outside'] as const;
export const FIRM_DIRECTIONS = ['export', 'import', 'both'] as const;
export const FIRM_SIZES = ['small-micro', 'medium', 'large'] as const;
export const FIRM_AEO = ['none', 'general', 'advanced'] as const;
export const FIRM_TYPE_ANSWERS = ['zhuanjingtexin', 'xiaojuren', 'foreign-invested'] as const;
export const FIRM_MODELS = ['general-trade', 'e-commerce', 'overseas-warehouse'] as const;
export const YES_NO = ['yes', 'no'] as const;

export const firmAnswerSchema = z.object({
  district: one(FIRM_DISTRICTS),
  direction: one(FIRM_DIRECTIONS),
  size: one(FIRM_SIZES),
  aeo: one(FIRM_AEO),
  firmTypes: many(FIRM_TYPE_ANSWERS),
  /** ways of exporting the firm uses or plans to use */
  exportModels: many(FIRM_MODELS),
  creditInsurance: one(YES_NO),
  /** the firm's name, kept on this device only, printed on a counter slip when the firm agrees */
  name: z.string().max(100).optional(),
});
export type FirmAnswer = z.infer<typeof firmAnswerSchema>;
export type FirmQuestion = Exclude<keyof FirmAnswer, 'name'>;
export const FIRM_QUESTIONS: readonly FirmQuestion[] = [
  'district',
  'direction',
  'size',
  'aeo',
  'firmTypes',
  'exportModels',
  'creditInsurance',
];
