import type { RateExpr } from '../../../domain/schemas/index.js';

/**
 * Parser for the rate cells of Japan's applied tariff (customs.go.jp, via qlitre/japan-tariff-mcp) and of the
 * KCS 2025 Japan table (the same cells in Japan Customs' English wording). It never guesses: a cell that is not
 * unambiguous comes back as a typed failure with a kebab-case reason, and the importer quarantines the line.
 *
 * Notation (Japan Customs tariff schedule):
 * - 無税 / 免税 / Free / Exemption: free.
 * - '(…)' around a whole cell: the rate exists but is not applied because another rate is lower
 *   (e.g. WTO '(10.9%)' beside 基本 '10.9%'; RCEP '(1.4%)' beside 基本 '無税'). Kept as the rate, flagged `parenthesized`.
 * - '●' (KCS '!'): the rate differs between the NACCS sub-codes of the line ("confirm the rate by the † mark",
 *   kanzei.or.jp tariff notes): never one rate. A bare '●' or '非譲許' / 'unbound' = not conceded.
 * - '*', '**', '◎' (KCS '#'), '※': annotation marks whose condition is not in the data: not unambiguous.
 */
export type JpRateFailure =
  | 'empty'
  | 'too-long'
  | 'marked'
  | 'varies-by-subcode'
  | 'partly-not-conceded'
  | 'value-dependent'
  | 'formula'
  | 'partial'
  | 'range'
  | 'single-condition'
  | 'unrecognised';

export type JpRateResult =
  { ok: true; rate: RateExpr; parenthesized: boolean } | { ok: false; reason: JpRateFailure; detail: string };

export interface JpRateOptions {
  /** language of condition texts in conditional cells: 'ja' (customs.go.jp) or 'en' (KCS English) */
  lang?: 'ja' | 'en';
}

const MAX_LEN = 600;

/** Units as printed (after NFKC) -> unit code of RateExpr.specific. */
const UNITS: Record<string, string> = {
  kg: 'kg',
  l: 'l',
  kl: 'kl',
  m2: 'm2',
  mt: 't',
  足: 'pair',
  pair: 'pair',
  頭: 'each',
  each: 'each',
  本: 'piece',
  piece: 'piece',
  pieces: 'piece',
  枚: 'sheet',
};

const fail = (reason: JpRateFailure, detail: string): JpRateResult => ({ ok: false, reason, detail });

function normalise(s: string): string {
  return s.normalize('NFKC').replace(/[〜~]/g, '~').replace(/\s+/g, ' ').trim();
}

function num(s: string): number {
  return Number(s.replace(/,/g, ''));
}

/** Whole cell wrapped in one pair of parentheses? */
function unwrap(s: string): string | undefined {
  if (!s.startsWith('(') || !s.endsWith(')')) return undefined;
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '(') depth++;
    else if (s[i] === ')') depth--;
    if (depth === 0 && i < s.length - 1) return undefined;
  }
  return s.slice(1, -1).trim();
}

function atom(s: string): RateExpr | undefined {
  const t = s.trim();
  if (/^(無税|免税|free|exempt(ed|ion)?)$/i.test(t)) return { kind: 'free' };
  const av = /^(\d+(?:\.\d+)?) ?%$/.exec(t);
  if (av) {
    const pct = num(av[1]!);
    return pct <= 10000 ? { kind: 'adValorem', pct } : undefined;
  }
  const sp = /^(\d[\d,]*(?:\.\d+)?) ?(?:円|yen) ?\/ ?(?:(\d[\d,]*) ?)?(m2|[^\s\d/]+)$/i.exec(t);
  if (sp) {
    const unit = UNITS[sp[3]!.toLowerCase()];
    if (!unit) return undefined;
    const per = sp[2] ? num(sp[2]) : 1;
    if (!Number.isFinite(per) || per <= 0) return undefined;
    return { kind: 'specific', amount: num(sp[1]!), currency: 'JPY', unit: per === 1 ? unit : `${per} ${unit}` };
  }
  return undefined;
}

function sum(s: string): RateExpr | undefined {
  const parts = s.split('+').map((p) => p.trim());
  if (parts.length === 1) return atom(parts[0]!);
  const exprs = parts.map(atom);
  if (exprs.some((e) => e === undefined)) return undefined;
  return { kind: 'compound', parts: exprs as RateExpr[] };
}

/** One rate expression (no condition text). */
export function parseJpExpr(raw: string): JpRateResult {
  let s = normalise(raw);
  if (s === '') return fail('empty', raw);
  if (s.length > MAX_LEN) return fail('too-long', `${s.length} chars`);
  if (/^(\*|◎|#|※)/.test(s)) return fail('marked', s);
  if (/^[●!]$/.test(s) || /^(非譲許|unbound)$/i.test(s))
    return { ok: true, rate: { kind: 'notConceded' }, parenthesized: false };
  if (/^[●!]/.test(s)) return fail('varies-by-subcode', s);
  if (/非譲許|unbound/i.test(s)) return fail('partly-not-conceded', s);
  if (/課税価格|差額|value for customs duty|difference/i.test(s)) return fail('value-dependent', s);
  if (/乳糖|lactose|ただし|minimum|につき|per each/i.test(s)) return fail('formula', s);
  if (/一部|partly/i.test(s)) return fail('partial', s);
  if (s.includes('~')) return fail('range', s);
  const inner = unwrap(s);
  const parenthesized = inner !== undefined;
  if (inner !== undefined) s = inner;
  const ja = /^(.+?)又は(.+)のうちいずれか(高い|低い)税率$/.exec(s);
  const en = /^(.+?) or (.+), whichever is the (greater|less)$/i.exec(s);
  const choice = ja ?? en;
  if (choice) {
    const a = sum(choice[1]!);
    const b = sum(choice[2]!);
    if (!a || !b) return fail('unrecognised', s);
    const higher = choice[3] === '高い' || choice[3]!.toLowerCase() === 'greater';
    return {
      ok: true,
      rate: higher ? { kind: 'higherOf', options: [a, b] } : { kind: 'lowerOf', options: [a, b] },
      parenthesized,
    };
  }
  const rate = sum(s);
  return rate ? { ok: true, rate, parenthesized } : fail('unrecognised', s);
}

const RATE_TAIL_JA = /^(.*\S)[\s\u3000]+(\S+)$/s;
const RATE_TOKEN_EN = /\(?(?:\d+(?:\.\d+)?%|Free)\)?/gi;

/** Split a conditional cell into (condition, rate text) cases; undefined when it has no such structure. */
function splitCases(raw: string, lang: 'ja' | 'en'): { when: string; rate: string }[] | undefined {
  if (lang === 'ja') {
    const lines = raw
      .split(/\n+/)
      .map((l) => l.trim())
      .filter((l) => l !== '');
    const cases = lines.map((l) => RATE_TAIL_JA.exec(l));
    if (cases.some((c) => c === null)) return undefined;
    return (cases as RegExpExecArray[]).map((c) => ({ when: c[1]!.trim(), rate: c[2]! }));
  }
  const s = raw.replace(/\s+/g, ' ').trim();
  const out: { when: string; rate: string }[] = [];
  let last = 0;
  for (const m of s.matchAll(RATE_TOKEN_EN)) {
    const before = s.slice(last, m.index).trim();
    const after = s[m.index + m[0].length];
    if (after !== undefined && after !== ' ') continue;
    if (before === '') return undefined;
    out.push({ when: before, rate: m[0] });
    last = m.index + m[0].length;
  }
  if (out.length === 0 || s.slice(last).trim() !== '') return undefined;
  return out;
}

/** A whole cell: an expression, or conditional cases "condition rate" (one per line in Japanese). Never throws. */
export function parseJpRate(raw: string, opts: JpRateOptions = {}): JpRateResult {
  try {
    const lang = opts.lang ?? 'ja';
    const expr = parseJpExpr(raw);
    if (expr.ok || ['empty', 'too-long', 'marked', 'varies-by-subcode'].includes(expr.reason)) return expr;
    const cases = splitCases(raw, lang);
    if (!cases || cases.some((c) => !/[^\d\s.%()+,~〜-]/.test(c.when) || /[~〜～]/.test(c.when))) return expr;
    const parsed = cases.map((c) => ({ when: c.when, r: parseJpExpr(c.rate) }));
    const bad = parsed.find((p) => !p.r.ok);
    if (bad && !bad.r.ok) return bad.r;
    if (parsed.length < 2) return fail('single-condition', normalise(raw));
    return {
      ok: true,
      parenthesized: false,
      rate: {
        kind: 'conditional',
        cases: parsed.map((p) => ({ when: { [lang]: p.when }, rate: (p.r as { ok: true; rate: RateExpr }).rate })),
      },
    };
  } catch (e) {
    return fail('unrecognised', e instanceof Error ? e.message : String(e));
  }
}
