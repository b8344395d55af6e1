import type { ChecklistItem } from './types.js';

/**
 * Annex 3B (Minimum Information Requirements). Paragraph 1: Certificate of Origin, items (a)-(m);
 * paragraph 2: Declaration of Origin, items (a)-(l). Conditions as the Annex states them.
 */
type Field = [letter: string, key: string, required: ChecklistItem['required'], condition?: string];

const CO_FIELDS: Field[] = [
  ['a', 'exporter', true],
  ['b', 'producer', 'if-known'],
  ['c', 'importer-or-consignee', true],
  ['d', 'description-and-hs6', true],
  ['e', 'certificate-number', true],
  ['f', 'origin-criterion', true],
  ['g', 'exporter-or-producer-declaration', true],
  ['h', 'issuing-body-certification', true],
  ['i', 'rcep-country-of-origin', true],
  ['j', 'consignment-details', true],
  ['k', 'fob-value', true, 'rvc-criterion-used'],
  ['l', 'quantity', true],
  ['m', 'back-to-back-original-proof', true, 'back-to-back'],
];

const DO_FIELDS: Field[] = [
  ['a', 'exporter', true],
  ['b', 'producer', 'if-known'],
  ['c', 'importer-or-consignee', true],
  ['d', 'description-and-hs6', true],
  ['e', 'approved-exporter-code', true, 'approved-exporter'],
  ['f', 'reference-number', true],
  ['g', 'origin-criterion', true],
  ['h', 'signatory-certification', true],
  ['i', 'rcep-country-of-origin', true],
  ['j', 'fob-value', true, 'rvc-criterion-used'],
  ['k', 'quantity', true],
  ['l', 'back-to-back-original-proof', true, 'back-to-back'],
];

export interface ChecklistContext {
  usesRvc: boolean;
  backToBack: boolean;
  approvedExporter: boolean;
  hs6?: string;
  criterion?: string;
}

function holds(condition: string | undefined, ctx: ChecklistContext): boolean {
  if (condition === 'rvc-criterion-used') return ctx.usesRvc;
  if (condition === 'back-to-back') return ctx.backToBack;
  if (condition === 'approved-exporter') return ctx.approvedExporter;
  return true;
}

/** The Annex 3B items that apply to this case (conditional items only when their condition holds). */
export function annex3bChecklist(form: 'CO' | 'DO', ctx: ChecklistContext): ChecklistItem[] {
  const fields = form === 'CO' ? CO_FIELDS : DO_FIELDS;
  const para = form === 'CO' ? 1 : 2;
  const out: ChecklistItem[] = [];
  for (const [letter, key, required, condition] of fields) {
    if (!holds(condition, ctx)) continue;
    const item: ChecklistItem = {
      id: `${form.toLowerCase()}-${letter}-${key}`,
      form,
      ref: `3B.${para}(${letter})`,
      required,
    };
    if (condition) item.condition = condition;
    if (key === 'description-and-hs6' && ctx.hs6) item.prefill = ctx.hs6;
    if (key === 'origin-criterion' && ctx.criterion) item.prefill = ctx.criterion;
    out.push(item);
  }
  return out;
}
