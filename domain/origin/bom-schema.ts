import { z } from 'zod';
import { MATERIALS_TOO_MANY, MAX_MATERIAL_DESC, MAX_MATERIALS } from './bom-limits.js';
import type { Bom, OriginInputIssue } from './types.js';

/**
 * The bill-of-materials JSON (`rcep origin --bom`, POST /api/v1/origin). Errors carry a kebab-case reason (the zod message) and a field path.
 * HS codes: digits with optional '.', ' ' or '-' separators; a material needs at least 2 digits (its chapter),
 * the good at least 6 (the PSR applies by subheading). Chapter 77 is reserved in the HS and 00, 98, 99 are not HS.
 */
const hsText = (minDigits: number) =>
  z
    .string({ error: 'hs-code-required' })
    .transform((s) => s.normalize('NFKC').trim()) // full-width digits and dots (８５０９．８０) read as ASCII
    .superRefine((s, ctx) => {
      const d = s.replace(/\D/g, '');
      if (!/^\d[\d .-]*$/.test(s) || d.length < minDigits || d.length > 12)
        ctx.addIssue({ code: 'custom', message: 'bad-hs-code' });
      else if (!validChapter(d.slice(0, 2))) ctx.addIssue({ code: 'custom', message: 'unknown-hs-chapter' });
    });

export function validChapter(ch: string): boolean {
  const n = Number(ch);
  return /^\d{2}$/.test(ch) && n >= 1 && n <= 97 && n !== 77;
}

const amount = (positive = false) => {
  const n = z.number({ error: 'must-be-number' }).refine(Number.isFinite, 'must-be-finite');
  return positive ? n.refine((x) => x > 0, 'must-be-positive') : n.refine((x) => x >= 0, 'negative-value');
};

export const bomMaterialSchema = z.object({
  hs: hsText(2),
  origin: z
    .string({ error: 'origin-required' })
    .trim()
    .transform((s) => (s.toLowerCase() === 'unknown' ? 'unknown' : s.toUpperCase()))
    .refine((s) => s === 'unknown' || /^[A-Z]{2}$/.test(s), 'bad-origin-code'),
  value: amount(),
  weightKg: amount().optional(),
  desc: z.string({ error: 'must-be-string' }).max(MAX_MATERIAL_DESC, 'too-long').optional(),
  activeIngredient: z.boolean({ error: 'must-be-boolean' }).optional(),
});

export const bomCostsSchema = z.object({
  labour: amount().optional(),
  overhead: amount().optional(),
  profit: amount().optional(),
  other: amount().optional(),
});

export const bomSchema = z
  .object({
    hs: hsText(6),
    fob: amount(true),
    materials: z.array(bomMaterialSchema, { error: 'materials-required' }).max(MAX_MATERIALS, MATERIALS_TOO_MANY),
    costs: bomCostsSchema.optional(),
    weightKg: amount(true).optional(),
    minimalOperationsOnly: z.boolean({ error: 'must-be-boolean' }).optional(),
  })
  .superRefine((b, ctx) => {
    const sum = b.materials.reduce((s, m) => s + m.value, 0);
    if (sum > b.fob + 1e-9) ctx.addIssue({ code: 'custom', message: 'materials-exceed-fob', path: ['materials'] });
  });

export type BomParseResult = { ok: true; bom: Bom } | { ok: false; issues: OriginInputIssue[] };

/**
 * Validate an unknown value (parsed JSON) as a Bom. `knownHs` (optional) says whether a code exists in the
 * nomenclature the caller holds; unknown codes give 'unknown-hs-code'.
 */
export function parseBom(
  value: unknown,
  opts: { prefix?: string; knownHs?: (digits: string) => boolean } = {},
): BomParseResult {
  const prefix = opts.prefix ?? 'bom';
  const r = bomSchema.safeParse(value);
  if (!r.success) {
    const issues = r.error.issues.map((i) => ({
      reason: /^[a-z]+(-[a-z]+)*$/.test(i.message)
        ? i.message
        : i.code === 'invalid_type'
          ? 'invalid-type'
          : 'invalid-value',
      field: [prefix, ...i.path.map(String)].join('.'),
    }));
    return { ok: false, issues };
  }
  const bom = r.data as Bom;
  if (opts.knownHs) {
    const issues: OriginInputIssue[] = [];
    const known = opts.knownHs;
    if (!known(bom.hs.replace(/\D/g, ''))) issues.push({ reason: 'unknown-hs-code', field: `${prefix}.hs` });
    bom.materials.forEach((m, i) => {
      if (!known(m.hs.replace(/\D/g, '')))
        issues.push({ reason: 'unknown-hs-code', field: `${prefix}.materials.${i}.hs` });
    });
    if (issues.length > 0) return { ok: false, issues };
  }
  return { ok: true, bom };
}
