import type { CheckInput } from '../check/types.js';
import type { FirmProfile } from '../schemas/index.js';
import type { StepId, WizardAnswers } from './answers.js';

/**
 * What a step declaration carries besides its schema: how its answer goes into the result link,
 * how the 'check your answers' page shows it, and what it gives the engine. Pure data and functions,
 * so the client renders a summary with its own formatters and translations.
 */

/** One piece of a summary line; the client formats and translates it. */
export type SummaryPart =
  | { kind: 'code'; value: string }
  | { kind: 'text'; value: string }
  | { kind: 'date'; value: string }
  | { kind: 'money'; value: number; currency: string }
  | { kind: 'number'; value: number }
  | { kind: 'pct'; value: number }
  /** items joined by the language's list separator */
  | { kind: 'list'; items: SummaryPart[] }
  /** a translation key; values are themselves parts */
  | { kind: 't'; key: string; values?: Record<string, SummaryPart>; count?: number };

export interface Summary {
  parts: SummaryPart[];
  /** how the parts are joined: a space, or ' · ' between separate facts */
  sep: ' ' | ' · ';
}

/** The short query-string keys of one step. Decoding returns the raw answer; the step schema validates it. */
export interface UrlCodec<A> {
  keys: readonly string[];
  encode: (answer: A) => Record<string, string>;
  decode: (get: (key: string) => string | null) => unknown;
}

/** What the answers give the engine (CheckInput) and the programme matching (FirmProfile). */
export interface Contribution {
  check?: Partial<CheckInput>;
  profile?: FirmProfile;
}

export interface StepParts<K extends StepId> {
  url?: UrlCodec<NonNullable<WizardAnswers[K]>>;
  summary?: (answer: NonNullable<WizardAnswers[K]>) => Summary | null;
  /** `answers` are the effective answers, for steps whose mapping needs another step (the BOM needs the code) */
  contribute?: (answer: NonNullable<WizardAnswers[K]>, answers: WizardAnswers) => Contribution;
}

export const numOrUndefined = (s: string | null): number | undefined =>
  s === null || s === '' ? undefined : Number(s);

export function parseJson(s: string | null): unknown {
  if (!s) return undefined;
  try {
    return JSON.parse(s);
  } catch {
    return undefined;
  }
}
