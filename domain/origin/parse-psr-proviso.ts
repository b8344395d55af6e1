import type { PsrRule } from '../schemas/index.js';
import { normalizePsrRule } from './normalize-rule.js';
import type { ParsePsrResult } from './parse-psr-result.js';

/**
 * The one proviso of Annex 3A (HS 2022, heading 38.08) in the English coding:
 * "<rule>, provided that 50 per cent or more by weight of the active ingredient(s) is originating; or <rule>".
 */
const PROVISO =
  /,\s*provided\s+that\s+(\d{1,3}(?:\.\d+)?)\s*(?:per\s*cent|%)\s+or\s+more\s+by\s+weight\s+of\s+the\s+active\s+ingredients?(?:\(s\))?\s+(?:is|are)\s+originating\s*;?\s*/i;

type Expr = (text: string, offset: number) => ParsePsrResult;

/** undefined when the text holds no proviso (parse it as usual). */
export function parseProviso(text: string, offset: number, expr: Expr): ParsePsrResult | undefined {
  const m = PROVISO.exec(text);
  if (!m) return undefined;
  const minPct = Number(m[1]);
  if (!(minPct > 0 && minPct <= 100)) return { ok: false, reason: 'proviso-share-out-of-range', at: offset + m.index };
  const left = expr(text.slice(0, m.index), offset);
  if (!left.ok) return left;
  // "A or B, provided that …" does not say whether the proviso binds B or both: refuse rather than guess
  if (left.rule.kind === 'or' || left.rule.kind === 'and')
    return { ok: false, reason: 'ambiguous-proviso', at: offset + m.index };
  const node: PsrRule = {
    kind: 'proviso',
    rule: left.rule,
    proviso: { kind: 'active-ingredients-originating', minPct, text: { en: m[0].replace(/^,\s*|[;\s]+$/g, '') } },
  };
  const restAt = m.index + m[0].length;
  const rest = text.slice(restAt);
  if (rest.trim() === '') return { ok: true, rule: normalizePsrRule(node) };
  const or = /^or\s+/i.exec(rest);
  if (!or) return { ok: false, reason: 'or-expected-after-proviso', at: offset + restAt };
  const right = expr(rest.slice(or[0].length), offset + restAt + or[0].length);
  if (!right.ok) return right;
  return { ok: true, rule: normalizePsrRule({ kind: 'or', rules: [node, right.rule] }) };
}
