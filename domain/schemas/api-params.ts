import { z } from 'zod';
import { DESTINATIONS } from './tariff-pack.js';

/** Parameters and text fields the API's bodies and queries share (query values arrive as text). */

export const destParamSchema = z.enum(DESTINATIONS as [string, ...string[]]);
/** any form the engine's code normaliser accepts: '8509.80', '6109.10-020', full-width digits */
export const codeParamSchema = z.string().min(1).max(32);
export const isoDateSchema = z.iso.date({ error: 'date-invalid' });
export const numberText = (reason: string) =>
  z
    .string()
    .regex(/^\d{1,15}(\.\d{1,6})?$/, reason)
    .transform(Number);
export const boolText = z.enum(['true', 'false']).transform((v) => v === 'true');
export const currencySchema = z.string().regex(/^[A-Z]{3}$/, 'currency-invalid');
export const hsCode = z.string().min(2).max(32);
export const money = (reason: string) => z.number({ error: reason }).finite().min(0, reason).max(1e13, reason);
export const queryBool = z
  .enum(['true', 'false'], { error: 'boolean-invalid' })
  .transform((v) => v === 'true')
  .optional();
export const commaList = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .max(200)
    .transform((v) => (v === '' ? [] : v.split(',')))
    .pipe(z.array(z.enum(values)).max(10))
    .optional();
/**
 * Free text that is stored: well-formed Unicode (a lone surrogate would be silently replaced on write)
 * and no U+0000 (PostgreSQL text cannot hold it), so both stores keep exactly what was acknowledged.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
export const storable = <T extends z.ZodType<string>>(schema: T) =>
  schema.refine((v) => !v.includes('\u0000') && !LONE_SURROGATE.test(v), { message: 'text-invalid' });
