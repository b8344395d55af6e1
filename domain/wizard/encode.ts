import type { WizardAnswers } from './answers.js';
import { STEPS } from './steps.js';
import { effectiveAnswers } from './flow.js';

/**
 * Answers <-> a compact query string, so a printed result (QR code) or a shared link opens the
 * same result. Decoding validates every answer with its step schema and drops what fails.
 */
type Params = Record<string, string>;

export function encodeAnswers(answers: WizardAnswers): string {
  const a = effectiveAnswers(answers);
  const p: Params = {};
  if (a.product) p.p = a.product.code;
  if (a.destination) p.d = a.destination.dest;
  if (a.line) p.l = a.line.code;
  if (a['origin-method']) p.m = a['origin-method'].method;
  if (a['origin-quick']) {
    p.s = String(a['origin-quick'].share);
    p.w = a['origin-quick'].wholly ? '1' : '0';
  }
  if (a['origin-bom']) p.b = JSON.stringify(a['origin-bom']);
  if (a.shipment) {
    const s = a.shipment;
    p.t = s.date;
    if (s.value !== undefined) p.v = String(s.value);
    if (s.currency) p.c = s.currency;
    if (s.quantity !== undefined) p.q = String(s.quantity);
  }
  return new URLSearchParams(p).toString();
}

const numOrU = (s: string | null) => (s === null || s === '' ? undefined : Number(s));

function parseJson(s: string | null): unknown {
  if (!s) return undefined;
  try {
    return JSON.parse(s);
  } catch {
    return undefined;
  }
}

export function decodeAnswers(query: string): WizardAnswers {
  const q = new URLSearchParams(query);
  const raw: Record<string, unknown> = {
    product: q.get('p') ? { code: q.get('p') } : undefined,
    destination: q.get('d') ? { dest: q.get('d') } : undefined,
    line: q.get('l') ? { code: q.get('l') } : undefined,
    'origin-method': q.get('m') ? { method: q.get('m') } : undefined,
    'origin-quick': q.get('s') ? { share: numOrU(q.get('s')), wholly: q.get('w') === '1' } : undefined,
    'origin-bom': parseJson(q.get('b')),
    shipment: q.get('t')
      ? {
          date: q.get('t'),
          value: numOrU(q.get('v')),
          currency: q.get('c') ?? undefined,
          quantity: numOrU(q.get('q')),
        }
      : undefined,
  };
  const out: WizardAnswers = {};
  for (const step of STEPS) {
    const v = raw[step.id];
    if (v === undefined) continue;
    const r = step.schema.safeParse(v);
    if (r.success) Object.assign(out, { [step.id]: r.data });
  }
  return out;
}
