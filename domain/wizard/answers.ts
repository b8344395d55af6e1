import { z } from 'zod';
import { MATERIALS_TOO_MANY, MAX_MATERIAL_DESC, MAX_MATERIALS } from '../origin/bom-limits.js';
import { DESTINATIONS } from '../schemas/index.js';
import type { FirmAnswer } from './firm-answer.js';

/**
 * The answers of the self-service wizard, one zod schema per step.
 * Errors are reason codes (zod `message`), which the client turns into translated text.
 */

const num = (reason: string) => z.number({ error: reason }).refine((n) => Number.isFinite(n), reason);

/** HS (2, 4, 6 digits) or national code (8-12 digits), digits only. */
export const productAnswerSchema = z.object({
  code: z.string({ error: 'product-required' }).regex(/^\d{4,12}$/, 'product-code-invalid'),
  /** how the user found it, kept for the 'check your answers' page only */
  label: z.string().max(500).optional(),
});
export type ProductAnswer = z.infer<typeof productAnswerSchema>;

export const destinationSchema = z.enum(DESTINATIONS as [string, ...string[]], { error: 'destination-required' });
export const destinationAnswerSchema = z.object({ dest: destinationSchema });
export type DestinationAnswer = { dest: (typeof DESTINATIONS)[number] };

/** The national line of the destination; `code` may stay at the HS code (4 or 6 digits) when the firm keeps it. */
export const lineAnswerSchema = z.object({
  code: z.string({ error: 'line-required' }).regex(/^\d{4,12}$/, 'line-required'),
});
export type LineAnswer = z.infer<typeof lineAnswerSchema>;

export const originMethodAnswerSchema = z.object({
  method: z.enum(['quick', 'bom'], { error: 'origin-method-required' }),
});
export type OriginMethodAnswer = z.infer<typeof originMethodAnswerSchema>;

export const originQuickAnswerSchema = z.object({
  share: num('share-required').min(0, 'share-range').max(100, 'share-range'),
  wholly: z.boolean({ error: 'wholly-required' }),
});
export type OriginQuickAnswer = z.infer<typeof originQuickAnswerSchema>;

export const materialSchema = z.object({
  hs: z.string({ error: 'material-hs-required' }).regex(/^\d{4,12}$/, 'material-hs-invalid'),
  origin: z.string({ error: 'material-origin-required' }).regex(/^([A-Z]{2}|unknown)$/, 'material-origin-invalid'),
  value: num('material-value-required').min(0, 'material-value-negative'),
  weightKg: num('material-weight-invalid').min(0, 'material-weight-invalid').optional(),
  desc: z.string().max(MAX_MATERIAL_DESC).optional(),
});

export const costsSchema = z.object({
  labour: num('cost-invalid').min(0, 'cost-invalid').optional(),
  overhead: num('cost-invalid').min(0, 'cost-invalid').optional(),
  profit: num('cost-invalid').min(0, 'cost-invalid').optional(),
  other: num('cost-invalid').min(0, 'cost-invalid').optional(),
});

export const originBomAnswerSchema = z
  .object({
    fob: num('fob-required').positive('fob-positive'),
    materials: z.array(materialSchema).min(1, 'materials-required').max(MAX_MATERIALS, MATERIALS_TOO_MANY),
    costs: costsSchema.optional(),
    weightKg: num('weight-invalid').min(0, 'weight-invalid').optional(),
    minimalOperationsOnly: z.boolean().optional(),
  })
  .refine((b) => b.materials.reduce((s, m) => s + m.value, 0) <= b.fob, {
    message: 'materials-exceed-fob',
    path: ['fob'],
  });
export type OriginBomAnswer = z.infer<typeof originBomAnswerSchema>;

export const shipmentAnswerSchema = z
  .object({
    value: num('value-invalid').positive('value-invalid').optional(),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, 'currency-invalid')
      .optional(),
    quantity: num('quantity-invalid').positive('quantity-invalid').optional(),
    date: z.iso.date({ error: 'date-invalid' }),
  })
  .refine((s) => s.value === undefined || s.currency !== undefined, {
    message: 'currency-required',
    path: ['currency'],
  });
export type ShipmentAnswer = z.infer<typeof shipmentAnswerSchema>;

export const checkAnswersSchema = z.object({ confirmed: z.literal(true, { error: 'confirm-required' }) });
export type CheckAnswersAnswer = z.infer<typeof checkAnswersSchema>;

export interface WizardAnswers {
  product?: ProductAnswer;
  destination?: DestinationAnswer;
  line?: LineAnswer;
  'origin-method'?: OriginMethodAnswer;
  'origin-quick'?: OriginQuickAnswer;
  'origin-bom'?: OriginBomAnswer;
  shipment?: ShipmentAnswer;
  firm?: FirmAnswer;
  'check-answers'?: CheckAnswersAnswer;
}
export type StepId = keyof WizardAnswers;
