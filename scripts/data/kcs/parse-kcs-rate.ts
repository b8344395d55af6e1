import type { RateExpr } from '../../../domain/schemas/index.js';

/**
 * One rate cell of a KCS partner-country table, as what it says:
 * - rate: a duty rate (RateExpr)
 * - empty: nothing printed (the line stays "not in data" for that column)
 * - unconfirmed: 미확인 ("not confirmed" by KCS): NOT a rate, the entry is left out and counted
 * - invalid: the text does not parse; the importer quarantines it with `reason`
 *
 * Markers and their reading:
 * - Free, Exempted, zero, NIL, 0%: free
 * - 미양허 (not conceded): notConceded
 * - MFN (ID's schedules print "MFN" where the line keeps the MFN rate, i.e. no preferential
 *   reduction is granted): read as notConceded, which the schema defines as "no commitment on
 *   this line: the MFN rate applies". The printed cell is kept beside it.
 * - Prohibited (LA): not a rate -> invalid 'import-prohibited'
 */
export type KcsCell =
  { kind: 'rate'; rate: RateExpr } | { kind: 'empty' } | { kind: 'unconfirmed' } | { kind: 'invalid'; reason: string };

export interface KcsRateOptions {
  /** ISO currency a bare "$" / "¢" means in this table (AUD, NZD, BND, SGD); absent = unknown */
  dollar?: string;
  /**
   * "A or B" without "whichever is higher": true where the destination's tariff law reads an
   * alternative as the higher duty (Thailand, see kcs-config.ts). Otherwise quarantined.
   */
  orMeansHigher?: boolean;
}

const NUM = String.raw`\d[\d,]*(?:\.\d+)?`;
const UNITS: Record<string, string> = {
  l: 'l',
  litre: 'l',
  liter: 'l',
  kg: 'kg',
  kgm: 'kg',
  kilogram: 'kg',
  'solid kilogram - not solid litre': 'kg',
  dal: 'dal',
  'l al': 'l alc',
  'l of alcohol': 'l alc',
  'litre of alcohol': 'l alc',
  metre: 'm',
  menit: 'min',
  stk: 'stick',
  each: 'each',
  ktc: 'kg tobacco content',
  'kg of tobacco content': 'kg tobacco content',
  'kg tss': 'kg total soluble solids',
  stick: 'stick',
};

export function normaliseCell(raw: string): string {
  return raw
    .replace(/[\u00a0\u3000]/g, ' ')
    .replace(/￠/g, '¢')
    .replace(/\s+/g, ' ')
    .trim();
}

function num(text: string): number | null {
  const n = Number(text.replace(/,/g, ''));
  return Number.isFinite(n) ? n : null;
}

function unitOf(text: string): string | null {
  const key = text.trim().toLowerCase().replace(/\s+/g, ' ');
  return UNITS[key] ?? null;
}

function pct(text: string): RateExpr | null {
  const m = new RegExp(`^(${NUM})\\s*%$`).exec(text);
  if (!m) return null;
  const n = num(m[1]!);
  if (n === null || n > 10000) return null;
  return n === 0 ? { kind: 'free' } : { kind: 'adValorem', pct: n };
}

function specific(text: string, opts: KcsRateOptions): RateExpr | null | 'no-currency' {
  // prefix currency: $1.23/L, $1.23 Per Litre of Alcohol, Rp. 450,-/kg, Rp 450/Kg, RM 0.30 each, RM1.30 per metre
  let m = new RegExp(`^(\\$|Rp\\.?|RM\\.?)\\s*(${NUM})(?:,-)?\\s*(?:/|per\\b|each\\b)\\s*(.*)$`, 'i').exec(text);
  let cur: string | undefined;
  let amount: number | null = null;
  let unitText = '';
  if (m) {
    const sym = m[1]!.toLowerCase();
    cur = sym === '$' ? opts.dollar : sym.startsWith('rp') ? 'IDR' : 'MYR';
    amount = num(m[2]!);
    unitText = /each\s*$/i.test(text) && m[3] === '' ? 'each' : m[3]!;
  } else {
    // suffix currency: 5¢/kg, 0.15$/l, 10 baht/Kilogram
    m = new RegExp(`^(${NUM})\\s*(¢|\\$|baht)\\s*/\\s*(.+)$`, 'i').exec(text);
    if (!m) {
      // NZ: "per l al $4.29", "per l 7¢"
      const nz = new RegExp(`^per\\s+(.+?)\\s+(\\$)?(${NUM})(¢)?$`, 'i').exec(text);
      if (!nz || (nz[2] === undefined) === (nz[4] === undefined)) return null;
      m = ['', nz[3]!, nz[2] ?? nz[4]!, nz[1]!] as unknown as RegExpExecArray;
    }
    const sym = m[2]!.toLowerCase();
    cur = sym === 'baht' ? 'THB' : opts.dollar;
    amount = num(m[1]!);
    if (amount !== null && sym === '¢') amount = Math.round(amount * 1e6) / 1e8;
    unitText = m[3]!;
  }
  if (amount === null) return null;
  if (!cur) return 'no-currency';
  const unit = unitOf(unitText);
  if (!unit) return null;
  return { kind: 'specific', amount, currency: cur, unit };
}

function simple(text: string, opts: KcsRateOptions): RateExpr | null | 'no-currency' {
  if (/^(free|exempted|zero|nil)$/i.test(text)) return { kind: 'free' };
  return pct(text) ?? specific(text, opts);
}

function parse(text: string, opts: KcsRateOptions): KcsCell {
  if (text === '') return { kind: 'empty' };
  if (text === '미확인') return { kind: 'unconfirmed' };
  if (text === '미양허' || text === 'MFN') return { kind: 'rate', rate: { kind: 'notConceded' } };
  if (/^prohibited$/i.test(text)) return { kind: 'invalid', reason: 'import-prohibited' };
  if (/^(the rate applicable|according to the instructions)/i.test(text))
    return { kind: 'invalid', reason: 'rate-by-reference' };
  const one = simple(text, opts);
  if (one === 'no-currency') return { kind: 'invalid', reason: 'currency-unknown' };
  if (one) return { kind: 'rate', rate: one };

  // tariff quota (MY "In: 15% Out: 20%", VN "5%(NHN: 30%)", NHN = ngoài hạn ngạch, outside the quota)
  const quota =
    new RegExp(`^In\\s*:\\s*(\\S+)\\s+Out\\s*:\\s*(\\S+)$`, 'i').exec(text) ??
    new RegExp(`^(${NUM}\\s*%)\\s*\\(NHN\\s*:\\s*(${NUM}\\s*%)\\)$`).exec(text);
  if (quota) {
    const inq = pct(quota[1]!);
    const outq = pct(quota[2]!);
    if (!inq || !outq) return { kind: 'invalid', reason: 'unparseable' };
    return {
      kind: 'rate',
      rate: {
        kind: 'conditional',
        cases: [
          { when: { en: 'within the tariff quota' }, rate: inq },
          { when: { en: 'outside the tariff quota' }, rate: outq },
        ],
      },
    };
  }

  // "Shrimp paste - 5%, Other - 10%"
  const other = new RegExp(`^(.+?)\\s*-\\s*(${NUM}\\s*%)\\s*,\\s*Other\\s*-\\s*(${NUM}\\s*%)$`).exec(text);
  if (other && !/\d\s*%/.test(other[1]!)) {
    const a = pct(other[2]!);
    const b = pct(other[3]!);
    if (a && b)
      return {
        kind: 'rate',
        rate: {
          kind: 'conditional',
          cases: [
            { when: { en: other[1]! }, rate: a },
            { when: { en: 'Other' }, rate: b },
          ],
        },
      };
  }

  // AU "5%, or, if lower, $0.45/kg TSS"
  const lower = /^(.+?),? or,? if lower,? (.+)$/i.exec(text);
  if (lower) {
    const a = simple(lower[1]!, opts);
    const b = simple(lower[2]!, opts);
    if (a === 'no-currency' || b === 'no-currency') return { kind: 'invalid', reason: 'currency-unknown' };
    if (a && b) return { kind: 'rate', rate: { kind: 'lowerOf', options: [a, b] } };
    return { kind: 'invalid', reason: 'unparseable' };
  }

  // compound: "5% and RM1.30 per kg", "10%+0.15$/l", "5% plus $3.27/l al", AU "5%, and $3.27/L of alcohol"
  const parts = text.split(/\s*\+\s*|,?\s+plus\s+|,?\s+and\s+/i);
  if (parts.length >= 2) {
    const rates = parts.map((p) => simple(p, opts));
    if (rates.includes('no-currency')) return { kind: 'invalid', reason: 'currency-unknown' };
    if (rates.every((r) => r && r !== 'no-currency')) {
      const list = (rates as RateExpr[]).filter((r) => r.kind !== 'free');
      if (list.length === 0) return { kind: 'rate', rate: { kind: 'free' } };
      if (list.length === 1) return { kind: 'rate', rate: list[0]! };
      return { kind: 'rate', rate: { kind: 'compound', parts: list } };
    }
    return { kind: 'invalid', reason: 'unparseable' };
  }

  // alternatives: "5% or RM2.00 per kg w.i.t.h" (whichever is the higher); TH "30% or 25 baht/Kilogram"
  const explicitHigher = /\s*(w\.i\.t\.h\.?|whichever is (the )?higher)$/i;
  const alt = text.replace(explicitHigher, '').split(/\s+or\s+/i);
  if (alt.length >= 2) {
    if (!explicitHigher.test(text) && !opts.orMeansHigher)
      return { kind: 'invalid', reason: 'alternative-rate-ambiguous' };
    const rates = alt.map((p) => simple(p, opts));
    if (rates.includes('no-currency')) return { kind: 'invalid', reason: 'currency-unknown' };
    if (rates.every((r) => r && r !== 'no-currency'))
      return { kind: 'rate', rate: { kind: 'higherOf', options: rates as RateExpr[] } };
    return { kind: 'invalid', reason: 'unparseable' };
  }
  if (/^\S+\s*\/\s*\S+/.test(text) && text.split('/').every((p) => pct(normaliseCell(p)) || /^MFN$/.test(p.trim())))
    return { kind: 'invalid', reason: 'several-rates-unlabelled' };
  return { kind: 'invalid', reason: 'unparseable' };
}

/** Parse one KCS rate cell. Never throws: anything it cannot read is `invalid` with a reason. */
export function parseKcsRate(raw: string, opts: KcsRateOptions = {}): KcsCell {
  try {
    return parse(normaliseCell(typeof raw === 'string' ? raw : ''), opts);
  } catch {
    return { kind: 'invalid', reason: 'parser-error' };
  }
}
