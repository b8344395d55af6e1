import type { z } from 'zod';

/** field id -> reason code */
export type FieldErrors = Record<string, string>;

/** zod issues -> first reason per field; `fieldId` maps an issue path to the input's id. */
export function issuesToErrors(error: z.ZodError, fieldId: (path: string) => string): FieldErrors {
  const out: FieldErrors = {};
  for (const i of error.issues) {
    const id = fieldId(i.path.join('.'));
    if (!(id in out)) out[id] = i.message;
  }
  return out;
}

/** '' -> undefined; '1,234.5' or full-width digits -> number; junk -> NaN (the schema reports it). */
export function parseNumber(s: string): number | undefined {
  const t = s
    .trim()
    .replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[,，\s]/g, '');
  if (t === '') return undefined;
  return /^-?\d*\.?\d+$/.test(t) ? Number(t) : Number.NaN;
}

/** Digits of an HS / national code as typed ('8509.80', '8509 80 10', '６１０９．１０-020'). */
export function codeDigits(s: string): string {
  // 'HS 8509.80' and 'HS 2022 8509.80' are codes as typed: the prefix and the version are not digits of it
  return s
    .trim()
    .replace(/^hs\s*(20(12|17|22)\s+(?=\S))?/i, '')
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[.\s\-－．·]/g, '');
}
