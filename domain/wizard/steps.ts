import type { z } from 'zod';
import {
  checkAnswersSchema,
  destinationAnswerSchema,
  lineAnswerSchema,
  originBomAnswerSchema,
  originMethodAnswerSchema,
  originQuickAnswerSchema,
  productAnswerSchema,
  shipmentAnswerSchema,
  type StepId,
  type WizardAnswers,
} from './answers.js';
import { firmAnswerSchema } from './firm-answer.js';
import { firmProfileOf, firmSummary } from './firm-profile.js';
import { numOrUndefined, parseJson, type StepParts, type Summary } from './step-parts.js';

/**
 * One wizard step = one declaration (architecture.md, example 1): its schema, when it is skipped, what
 * it invalidates, its query-string keys, its line on 'check your answers' and what it gives the engine.
 * The UI renders a step; it never decides the flow, the link format or the engine input.
 */
export interface StepDef<K extends StepId = StepId> extends StepParts<K> {
  id: K;
  schema: z.ZodType;
  /** true when the step does not apply to these answers (its answer is then ignored) */
  isSkipped: (answers: WizardAnswers) => boolean;
  /** answers that no longer hold when this step's answer changes */
  invalidates: StepId[];
  /** an optional step may be continued with an empty answer (defaults filled by the UI) */
  optional?: boolean;
  /**
   * offered, not required: Continue passes it by and 'what is still missing' ignores it; the user opens
   * it from its row on 'check your answers' or from the result page. Its answer is remembered on the
   * device, so it is asked once and then only shown for editing.
   */
  offered?: boolean;
}

const never = () => false;
const line = (sep: Summary['sep'], ...parts: Summary['parts']): Summary => ({ parts, sep });

/** A product given as a national code (8+ digits) needs no narrowing. */
export const hasNationalCode = (a: WizardAnswers): boolean => (a.product?.code.length ?? 0) >= 8;

/** Keeps each declaration typed by its own answer while STEPS holds them all. */
const step = <K extends StepId>(d: StepDef<K>): StepDef => d as unknown as StepDef;

export const STEPS: readonly StepDef[] = [
  step({
    id: 'product',
    schema: productAnswerSchema,
    isSkipped: never,
    invalidates: ['line'],
    url: { keys: ['p'], encode: (a) => ({ p: a.code }), decode: (g) => (g('p') ? { code: g('p') } : undefined) },
    summary: (a) =>
      line(' ', { kind: 'code', value: a.code }, ...(a.label ? [{ kind: 'text' as const, value: a.label }] : [])),
    contribute: (a) => ({ check: { code: a.code } }),
  }),
  step({
    id: 'destination',
    schema: destinationAnswerSchema,
    isSkipped: never,
    invalidates: ['line'],
    url: { keys: ['d'], encode: (a) => ({ d: a.dest }), decode: (g) => (g('d') ? { dest: g('d') } : undefined) },
    summary: (a) => line(' ', { kind: 't', key: `parties.${a.dest}` }),
    contribute: (a) => ({ check: { dest: a.dest } }),
  }),
  step({
    id: 'line',
    schema: lineAnswerSchema,
    isSkipped: hasNationalCode,
    invalidates: [],
    url: { keys: ['l'], encode: (a) => ({ l: a.code }), decode: (g) => (g('l') ? { code: g('l') } : undefined) },
    summary: (a) => line(' ', { kind: 'code', value: a.code }),
    // declared after product, so the chosen national line replaces the product code
    contribute: (a) => ({ check: { code: a.code } }),
  }),
  step({
    id: 'origin-method',
    schema: originMethodAnswerSchema,
    isSkipped: never,
    invalidates: ['origin-quick', 'origin-bom'],
    url: { keys: ['m'], encode: (a) => ({ m: a.method }), decode: (g) => (g('m') ? { method: g('m') } : undefined) },
    summary: (a) => line(' ', { kind: 't', key: `wizard.originMethod.${a.method}` }),
  }),
  step({
    id: 'origin-quick',
    schema: originQuickAnswerSchema,
    isSkipped: (a) => a['origin-method']?.method !== 'quick',
    invalidates: [],
    url: {
      keys: ['s', 'w'],
      encode: (a) => ({ s: String(a.share), w: a.wholly ? '1' : '0' }),
      decode: (g) => (g('s') ? { share: numOrUndefined(g('s')), wholly: g('w') === '1' } : undefined),
    },
    // wholly obtained ends the origin questions, so no share is there to show
    summary: (a) =>
      a.wholly
        ? line(' ', { kind: 't', key: 'wizard.checkAnswers.quickWholly' })
        : line(' ', {
            kind: 't',
            key: 'wizard.checkAnswers.quickSummary',
            values: {
              share: { kind: 'pct', value: a.share },
              wholly: { kind: 't', key: a.wholly ? 'common.yes' : 'common.no' },
            },
          }),
    contribute: (a) => ({ check: { origin: { mode: 'quick', share: a.share, wholly: a.wholly } } }),
  }),
  step({
    id: 'origin-bom',
    schema: originBomAnswerSchema,
    isSkipped: (a) => a['origin-method']?.method !== 'bom',
    invalidates: [],
    url: { keys: ['b'], encode: (a) => ({ b: JSON.stringify(a) }), decode: (g) => parseJson(g('b')) },
    summary: (a) =>
      line(' ', {
        kind: 't',
        key: 'wizard.checkAnswers.bomSummary',
        count: a.materials.length,
        values: { fob: { kind: 'number', value: a.fob } },
      }),
    contribute: (a, all) => {
      const hs = all.line?.code ?? all.product?.code;
      return hs ? { check: { origin: { mode: 'bom', bom: { ...a, hs } } } } : {};
    },
  }),
  step({
    id: 'shipment',
    schema: shipmentAnswerSchema,
    isSkipped: never,
    invalidates: [],
    optional: true,
    url: {
      keys: ['t', 'v', 'c', 'q'],
      encode: (s) => ({
        t: s.date,
        ...(s.value !== undefined ? { v: String(s.value) } : {}),
        ...(s.currency ? { c: s.currency } : {}),
        ...(s.quantity !== undefined ? { q: String(s.quantity) } : {}),
      }),
      decode: (g) =>
        g('t')
          ? {
              date: g('t'),
              value: numOrUndefined(g('v')),
              currency: g('c') ?? undefined,
              quantity: numOrUndefined(g('q')),
            }
          : undefined,
    },
    summary: (s) =>
      line(
        ' · ',
        { kind: 'date', value: s.date },
        ...(s.value !== undefined && s.currency
          ? [{ kind: 'money' as const, value: s.value, currency: s.currency }]
          : []),
        ...(s.quantity !== undefined
          ? [
              {
                kind: 't' as const,
                key: 'wizard.checkAnswers.quantity',
                values: { q: { kind: 'number' as const, value: s.quantity } },
              },
            ]
          : []),
      ),
    contribute: (s) => ({
      check: {
        date: s.date,
        ...(s.value !== undefined ? { value: s.value, currency: s.currency } : {}),
        ...(s.quantity !== undefined ? { quantity: s.quantity } : {}),
      },
    }),
  }),
  step({
    id: 'firm',
    schema: firmAnswerSchema,
    isSkipped: never,
    invalidates: [],
    optional: true,
    offered: true,
    // the firm's name stays on the device: it is not put into links or QR codes
    url: {
      keys: ['f'],
      encode: ({ name: _name, ...rest }): Record<string, string> =>
        Object.keys(rest).length ? { f: JSON.stringify(rest) } : {},
      decode: (g) => parseJson(g('f')),
    },
    summary: firmSummary,
    contribute: (a) => ({ profile: firmProfileOf(a) }),
  }),
  step({ id: 'check-answers', schema: checkAnswersSchema, isSkipped: never, invalidates: [] }),
];

export function stepDef(id: StepId): StepDef {
  const s = STEPS.find((x) => x.id === id);
  if (!s) throw new Error(`unknown-step:${id}`);
  return s;
}

export function isStepId(x: string): x is StepId {
  return STEPS.some((s) => s.id === x);
}
