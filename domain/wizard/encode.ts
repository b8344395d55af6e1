import type { WizardAnswers } from './answers.js';
import { STEPS } from './steps.js';
import { effectiveAnswers } from './flow.js';

/**
 * Answers <-> a compact query string, so a printed result (QR code) or a shared link opens the
 * same result. Each step declares its own keys; decoding validates every answer with its step
 * schema and drops what fails.
 */
export function encodeAnswers(answers: WizardAnswers): string {
  const a = effectiveAnswers(answers) as Record<string, unknown>;
  const p: Record<string, string> = {};
  for (const step of STEPS) {
    const v = a[step.id];
    if (v !== undefined && step.url) Object.assign(p, step.url.encode(v as never));
  }
  return new URLSearchParams(p).toString();
}

export function decodeAnswers(query: string): WizardAnswers {
  const q = new URLSearchParams(query);
  const get = (k: string) => q.get(k);
  const out: WizardAnswers = {};
  for (const step of STEPS) {
    const v = step.url?.decode(get);
    if (v === undefined) continue;
    const r = step.schema.safeParse(v);
    if (r.success) Object.assign(out, { [step.id]: r.data });
  }
  return out;
}
