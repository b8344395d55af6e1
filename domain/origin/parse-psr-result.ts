import type { PsrRule } from '../schemas/index.js';

/** What parsing one rule text gives: the rule tree, or a reason and the offset where reading stopped. */
export type ParsePsrResult = { ok: true; rule: PsrRule } | { ok: false; reason: string; at?: number };
