import type { HsRef, PsrRule } from '../schemas/index.js';
import { expandRange, hsRefFromText } from './hs-ref.js';
import { normalizePsrRule } from './normalize-rule.js';
import { tokenize, type Token } from './psr-tokens.js';
import { parseCases } from './parse-psr-cases.js';
import { parseProviso } from './parse-psr-proviso.js';

/**
 * Parser for the English coding of Annex 3A rules:
 *   WO | CC | CTH | CTSH | RVCnn | CR, each CTC optionally "except from Chapter 01 / heading 84.07 /
 *   subheading 8504.31, 8504.33 or 8504.34 / headings 55.09 through 55.11";
 *   alternatives joined by "or" or commas ("CTH, RVC40 or CR"), combinations by "and" / "+",
 *   parentheses, numbered cases "1. <goods>: <rule>; 2. All other goods: <rule>", and the active-ingredients
 *   proviso of heading 38.08 ("CTSH, provided that 50 per cent or more by weight … is originating; or RVC40").
 * Never throws: every failure is { ok: false, reason (kebab-case), at (character offset) }.
 */
import type { ParsePsrResult } from './parse-psr-result.js';
export type { ParsePsrResult } from './parse-psr-result.js';

export const MAX_PSR_TEXT = 4000;

export function parsePsr(text: string): ParsePsrResult {
  try {
    if (typeof text !== 'string') return { ok: false, reason: 'not-a-string' };
    if (text.length > MAX_PSR_TEXT) return { ok: false, reason: 'text-too-long', at: MAX_PSR_TEXT };
    if (text.trim() === '') return { ok: false, reason: 'empty-rule', at: 0 };
    if (/^\s*1\.\s/.test(text)) return parseCases(text, parseExpression);
    return parseExpression(text, 0);
  } catch {
    return { ok: false, reason: 'internal-parse-error' };
  }
}

/** Parse one rule expression (no numbered cases). `offset` shifts reported positions. */
export function parseExpression(text: string, offset: number): ParsePsrResult {
  const proviso = parseProviso(text, offset, parseExpression);
  if (proviso) return proviso;
  const t = tokenize(text);
  if (!t.ok) return { ok: false, reason: t.reason, at: t.at + offset };
  const p = new Parser(t.tokens, text.length);
  const rule = p.list(0);
  if (!rule.ok) return { ...rule, at: rule.at === undefined ? undefined : rule.at + offset };
  if (p.pos < p.tokens.length) return { ok: false, reason: 'unexpected-token', at: p.tokens[p.pos].at + offset };
  return { ok: true, rule: normalizePsrRule(rule.rule) };
}

const CTC: Record<string, 'CC' | 'CTH' | 'CTSH'> = { cc: 'CC', cth: 'CTH', ctsh: 'CTSH' };
const LEVEL_WORDS: Record<string, HsRef['level']> = {
  chapter: 'chapter',
  chapters: 'chapter',
  heading: 'heading',
  headings: 'heading',
  subheading: 'subheading',
  subheadings: 'subheading',
};
const MAX_DEPTH = 50;
/** Words that start a construct the rule tree cannot hold. */
const UNSUPPORTED: Record<string, string> = { pe: 'pe-not-a-psr', provided: 'condition-not-supported' };

type Sep = 'or' | 'and' | 'comma';

class Parser {
  pos = 0;
  constructor(
    readonly tokens: Token[],
    readonly end: number,
  ) {}

  peek(k = 0): Token | undefined {
    return this.tokens[this.pos + k];
  }
  isWord(tok: Token | undefined, w: string): boolean {
    return tok?.kind === 'word' && tok.value === w;
  }
  isPunct(tok: Token | undefined, p: string): boolean {
    return tok?.kind === 'punct' && tok.value === p;
  }
  here(): number {
    return this.peek()?.at ?? this.end;
  }

  /** term (sep term)*, sep in: or | , | , or | and | + | , and */
  list(depth: number): ParsePsrResult {
    if (depth > MAX_DEPTH) return { ok: false, reason: 'nesting-too-deep', at: this.here() };
    const terms: PsrRule[] = [];
    const seps: Sep[] = [];
    const first = this.atom(depth);
    if (!first.ok) return first;
    terms.push(first.rule);
    for (;;) {
      const sep = this.separator();
      if (!sep) break;
      const next = this.atom(depth);
      if (!next.ok) return next;
      seps.push(sep);
      terms.push(next.rule);
    }
    return combine(terms, seps, this.here());
  }

  separator(): Sep | undefined {
    const tok = this.peek();
    if (this.isPunct(tok, ',')) {
      const after = this.peek(1);
      if (this.isWord(after, 'or')) return this.take(2, 'or');
      if (this.isWord(after, 'and')) return this.take(2, 'and');
      return this.take(1, 'comma');
    }
    if (this.isWord(tok, 'or')) return this.take(1, 'or');
    if (this.isWord(tok, 'and') || this.isPunct(tok, '+')) return this.take(1, 'and');
    return undefined;
  }
  take(n: number, sep: Sep): Sep {
    this.pos += n;
    return sep;
  }

  atom(depth: number): ParsePsrResult {
    const tok = this.peek();
    if (!tok) return { ok: false, reason: 'rule-expected', at: this.end };
    if (this.isPunct(tok, '(')) {
      this.pos++;
      const inner = this.list(depth + 1);
      if (!inner.ok) return inner;
      if (!this.isPunct(this.peek(), ')'))
        return { ok: false, reason: 'closing-parenthesis-expected', at: this.here() };
      this.pos++;
      return inner;
    }
    if (tok.kind !== 'word') return { ok: false, reason: 'rule-expected', at: tok.at };
    this.pos++;
    if (tok.value === 'wo') return { ok: true, rule: { kind: 'WO' } };
    if (tok.value === 'cr') return { ok: true, rule: { kind: 'CR' } };
    if (tok.value === 'rvc') return this.rvc(tok);
    const ctc = CTC[tok.value];
    if (!ctc) return { ok: false, reason: UNSUPPORTED[tok.value] ?? 'unknown-rule', at: tok.at };
    if (this.isWord(this.peek(), 'provided')) return { ok: false, reason: 'condition-not-supported', at: this.here() };
    if (!this.isWord(this.peek(), 'except')) return { ok: true, rule: { kind: ctc } };
    this.pos++;
    if (!this.isWord(this.peek(), 'from')) return { ok: false, reason: 'from-expected', at: this.here() };
    this.pos++;
    const refs = this.exceptions();
    if (!refs.ok) return refs;
    return { ok: true, rule: { kind: ctc, except: refs.refs } };
  }

  rvc(tok: Token): ParsePsrResult {
    const num = this.peek();
    if (num?.kind !== 'num' || !/^\d{1,3}(\.\d+)?$/.test(num.value))
      return { ok: false, reason: 'rvc-threshold-expected', at: num?.at ?? this.end };
    const threshold = Number(num.value);
    if (!(threshold > 0 && threshold <= 100)) return { ok: false, reason: 'rvc-threshold-out-of-range', at: num.at };
    this.pos++;
    void tok;
    return { ok: true, rule: { kind: 'RVC', threshold } };
  }

  /** item ((, | or | and | , or) item)*; the list goes on only while a code or level word follows. */
  exceptions(): { ok: true; refs: HsRef[] } | { ok: false; reason: string; at: number } {
    const refs: HsRef[] = [];
    let level: HsRef['level'] | undefined;
    for (;;) {
      const item = this.exceptionItem(level);
      if (!item.ok) return item;
      refs.push(...item.refs);
      level = item.level;
      const tok = this.peek();
      let skip = 0;
      if (this.isPunct(tok, ',') && (this.isWord(this.peek(1), 'or') || this.isWord(this.peek(1), 'and'))) skip = 2;
      else if (this.isPunct(tok, ',') || this.isWord(tok, 'or') || this.isWord(tok, 'and')) skip = 1;
      const next = this.peek(skip);
      if (skip === 0 || !(next?.kind === 'num' || (next?.kind === 'word' && LEVEL_WORDS[next.value]))) break;
      this.pos += skip;
    }
    return { ok: true, refs };
  }

  exceptionItem(
    prevLevel: HsRef['level'] | undefined,
  ): { ok: true; refs: HsRef[]; level: HsRef['level'] } | { ok: false; reason: string; at: number } {
    const from = this.code(prevLevel);
    if (!from.ok) return from;
    if (!this.isWord(this.peek(), 'through')) return { ok: true, refs: [from.ref], level: from.ref.level };
    this.pos++;
    const at = this.here();
    const to = this.code(from.ref.level);
    if (!to.ok) return to;
    const range = expandRange(from.ref, to.ref);
    if (!range) return { ok: false, reason: 'bad-range', at };
    return { ok: true, refs: range, level: from.ref.level };
  }

  code(prevLevel: HsRef['level'] | undefined): { ok: true; ref: HsRef } | { ok: false; reason: string; at: number } {
    let tok = this.peek();
    let said: HsRef['level'] | undefined;
    if (tok?.kind === 'word' && LEVEL_WORDS[tok.value]) {
      said = LEVEL_WORDS[tok.value];
      this.pos++;
      tok = this.peek();
    } else if (!prevLevel) {
      return { ok: false, reason: 'level-word-expected', at: this.here() };
    }
    if (tok?.kind !== 'num') return { ok: false, reason: 'hs-code-expected', at: tok?.at ?? this.end };
    const ref = hsRefFromText(tok.value);
    if (!ref) return { ok: false, reason: 'bad-hs-code', at: tok.at };
    if (said && said !== ref.level) return { ok: false, reason: 'hs-level-mismatch', at: tok.at };
    this.pos++;
    return { ok: true, ref };
  }
}

/** 'and' binds tighter than 'or'; a bare comma list must end with 'or' (commas never join an 'and'). */
function combine(terms: PsrRule[], seps: Sep[], at: number): ParsePsrResult {
  if (terms.length === 1) return { ok: true, rule: terms[0] };
  const hasOr = seps.some((s) => s === 'or');
  const hasAnd = seps.some((s) => s === 'and');
  if (seps.includes('comma') && (hasAnd || !hasOr)) return { ok: false, reason: 'ambiguous-comma-list', at };
  const groups: PsrRule[][] = [[terms[0]]];
  seps.forEach((s, i) => {
    if (s === 'and') groups[groups.length - 1].push(terms[i + 1]);
    else groups.push([terms[i + 1]]);
  });
  const alts = groups.map((g): PsrRule => (g.length === 1 ? g[0] : { kind: 'and', rules: g }));
  return { ok: true, rule: alts.length === 1 ? alts[0] : { kind: 'or', rules: alts } };
}
