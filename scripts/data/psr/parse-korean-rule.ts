import type { HsRef, PsrRule } from '../../../domain/schemas/index.js';
import { expandRange } from '../../../domain/origin/hs-ref.js';
import { normalizePsrRule } from '../../../domain/origin/normalize-rule.js';
import { activeIngredientsText, CASE_GOODS } from './case-descriptions.js';

/**
 * Parser for the Korean statutory statement of the RCEP PSR (Enforcement Rule of the Act on Special Cases of
 * the Customs Act for FTAs, RCEP annex table). Phrases (../shared/data/README.md, psr/):
 *   완전생산기준 = WO; 2단위 / 4단위 / 6단위 세번변경기준 = CC / CTH / CTSH;
 *   당사자에서 발생한 부가가치가 NN퍼센트 이상일 것 = RVCnn; 화학반응 = CR; 또는 = or;
 *   "(제NN류의 것은 제외한다)" / "(제NNNN호 …)" / "(소호 제NNNN.NN호 …)" = exceptions, with 또는 / 와 / 과 / ,
 *   lists and "제A호부터 제B호까지" ranges; numbered cases "1. <goods>: <rule> 2. 그 밖의 모든 상품: <rule>", whose
 *   goods are HS codes ("제NNNN호의 것") or words described in case-descriptions.ts; the 38.08 proviso
 *   "(다만, 유효성분(들)의 전 중량의 100분의 NN 이상이 원산지제품인 경우로 한정한다)".
 * Spacing inside phrases is irregular ("40퍼 센트", "제외 한다", "제85 04.34호"), so all whitespace is dropped first.
 * Never throws.
 */
export type KoParseResult = { ok: true; rule: PsrRule } | { ok: false; reason: string; detail?: string };

const OTHERWISE = new Set(['그밖의모든상품', '그밖의상품', '기타', '그밖의것']);

/** The statute's own text of s[from, to) (s = text without whitespace), spacing as printed. */
type Raw = (from: number, to: number) => string;

export function parseKoreanRule(text: string): KoParseResult {
  try {
    const at: number[] = [];
    for (let j = 0; j < text.length; j++) if (!/\s/.test(text[j])) at.push(j);
    const s = at.map((j) => text[j]).join('');
    const raw: Raw = (from, to) => (to > from ? text.slice(at[from], at[to - 1] + 1).replace(/\s+/g, ' ') : '');
    if (s === '') return { ok: false, reason: 'empty-rule' };
    if (/^1\./.test(s)) return parseCases(s, raw);
    return parseExpr(s, raw, 0);
  } catch {
    return { ok: false, reason: 'internal-parse-error' };
  }
}

function parseCases(s: string, raw: Raw): KoParseResult {
  const starts: { at: number; body: number }[] = [];
  for (let n = 1, from = 0; ; n++) {
    const re = new RegExp(`(?<![\\d.])${n}\\.(?!\\d)`, 'g');
    re.lastIndex = from;
    const m = re.exec(s);
    if (!m) break;
    starts.push({ at: m.index, body: m.index + m[0].length });
    from = m.index + m[0].length;
  }
  if (starts.length < 2) return { ok: false, reason: 'cases-expected' };
  const cases: Extract<PsrRule, { kind: 'cases' }>['cases'] = [];
  for (let i = 0; i < starts.length; i++) {
    const body = s.slice(starts[i].body, i + 1 < starts.length ? starts[i + 1].at : s.length);
    const colon = body.indexOf(':');
    if (colon < 0) return { ok: false, reason: 'case-colon-expected', detail: body };
    const goodsText = body.slice(0, colon);
    const bodyAt = starts[i].body;
    const rule = parseExpr(body.slice(colon + 1), raw, bodyAt + colon + 1);
    if (!rule.ok) return rule;
    if (OTHERWISE.has(goodsText)) {
      cases.push({ goods: { otherwise: true }, rule: rule.rule });
      continue;
    }
    const named = /^(.*)의것$/.exec(goodsText)?.[1] ?? goodsText;
    const refs = parseRefList(named);
    if (refs.ok) {
      cases.push({ goods: { hs: refs.refs }, rule: rule.rule });
      continue;
    }
    // goods named in words: the Korean as printed, with the project's plain descriptions beside it
    const described = CASE_GOODS[named];
    if (!described) return { ok: false, reason: 'case-goods-not-described', detail: goodsText };
    cases.push({ goods: { text: { ko: raw(bodyAt, bodyAt + colon), ...described } }, rule: rule.rule });
  }
  if (!cases[cases.length - 1].goods.otherwise) return { ok: false, reason: 'case-otherwise-missing' };
  return { ok: true, rule: normalizePsrRule({ kind: 'cases', cases }) };
}

const CTC: Record<string, 'CC' | 'CTH' | 'CTSH'> = { '2': 'CC', '4': 'CTH', '6': 'CTSH' };

/** `base`: offset of s in the whole (whitespace-free) rule text, for raw(). */
function parseExpr(s: string, raw: Raw, base: number): KoParseResult {
  const alts: PsrRule[] = [];
  let i = 0;
  for (;;) {
    const term = parseTerm(s, i, (from, to) => raw(base + from, base + to));
    if (!term.ok) return term;
    alts.push(term.rule);
    i = term.end;
    if (i >= s.length) break;
    if (s.startsWith('또는', i)) {
      i += 2;
      continue;
    }
    return { ok: false, reason: 'unknown-phrase', detail: s.slice(i) };
  }
  return { ok: true, rule: normalizePsrRule(alts.length === 1 ? alts[0] : { kind: 'or', rules: alts }) };
}

type Term = { ok: true; rule: PsrRule; end: number } | { ok: false; reason: string; detail?: string };

const ACTIVE_INGREDIENTS = /^다만,유효성분\(들\)의전중량의100분의(\d+(?:\.\d+)?)이상이원산지제품인경우로한정한다$/;

function parseTerm(s: string, i: number, raw: Raw): Term {
  const rest = s.slice(i);
  if (rest.startsWith('완전생산기준')) return { ok: true, rule: { kind: 'WO' }, end: i + 6 };
  if (rest.startsWith('화학반응')) return { ok: true, rule: { kind: 'CR' }, end: i + 4 };
  const rvc = /^당사자에서발생한부가가치가(\d+(?:\.\d+)?)퍼센트이상일것/.exec(rest);
  if (rvc) {
    const threshold = Number(rvc[1]);
    if (!(threshold > 0 && threshold <= 100))
      return { ok: false, reason: 'rvc-threshold-out-of-range', detail: rvc[1] };
    return { ok: true, rule: { kind: 'RVC', threshold }, end: i + rvc[0].length };
  }
  const ctc = /^([246])단위세번변경기준/.exec(rest);
  if (!ctc) return { ok: false, reason: 'unknown-phrase', detail: rest };
  const kind = CTC[ctc[1]];
  let end = i + ctc[0].length;
  if (s[end] !== '(') return { ok: true, rule: { kind }, end };
  const close = matchParen(s, end);
  if (close < 0) return { ok: false, reason: 'closing-parenthesis-expected', detail: s.slice(end) };
  const inner = s.slice(end + 1, close);
  end = close + 1;
  if (inner.startsWith('다만')) {
    const ai = ACTIVE_INGREDIENTS.exec(inner);
    if (!ai) return { ok: false, reason: 'condition-not-supported', detail: inner };
    const minPct = Number(ai[1]);
    if (!(minPct > 0 && minPct <= 100)) return { ok: false, reason: 'proviso-share-out-of-range', detail: ai[1] };
    // the Korean wording kept is the condition itself, after "다만," ("provided that")
    const text = activeIngredientsText(raw(close - inner.length + '다만,'.length, close), minPct);
    const proviso = { kind: 'active-ingredients-originating' as const, minPct, text };
    return { ok: true, rule: { kind: 'proviso', rule: { kind }, proviso }, end };
  }
  const ex = /^(.*)의것은제외한다$/.exec(inner);
  if (!ex) return { ok: false, reason: 'unknown-parenthetical', detail: inner };
  const refs = parseRefList(ex[1]);
  if (!refs.ok) return refs;
  return { ok: true, rule: { kind, except: refs.refs }, end };
}

function matchParen(s: string, open: number): number {
  let depth = 0;
  for (let j = open; j < s.length; j++) {
    if (s[j] === '(') depth++;
    else if (s[j] === ')' && --depth === 0) return j;
  }
  return -1;
}

/** "소호제8504.31호,제8504.33호또는제8504.34호", "제5509호부터제5511호까지", "제01류", "제7208호또는제7209호". */
function parseRefList(text: string): { ok: true; refs: HsRef[] } | { ok: false; reason: string; detail?: string } {
  let s = text;
  const sub = s.startsWith('소호');
  if (sub) s = s.slice(2);
  const refs: HsRef[] = [];
  const item = /^제(\d{2}류|\d{4}호|\d{4}\.\d{2}호)/;
  let i = 0;
  while (i < s.length) {
    const m = item.exec(s.slice(i));
    if (!m) return { ok: false, reason: 'bad-exception-list', detail: text };
    const ref = toRef(m[1]);
    if ((ref.level === 'subheading') !== sub) return { ok: false, reason: 'hs-level-mismatch', detail: text };
    i += m[0].length;
    if (s.startsWith('부터', i)) {
      const to = item.exec(s.slice(i + 2));
      if (!to || !s.startsWith('까지', i + 2 + to[0].length)) return { ok: false, reason: 'bad-range', detail: text };
      const range = expandRange(ref, toRef(to[1]));
      if (!range) return { ok: false, reason: 'bad-range', detail: text };
      refs.push(...range);
      i += 2 + to[0].length + 2;
    } else {
      refs.push(ref);
    }
    const sep = /^(또는|와|과|,|ㆍ)/.exec(s.slice(i));
    if (sep) {
      i += sep[0].length;
      if (i >= s.length) return { ok: false, reason: 'bad-exception-list', detail: text };
    } else if (i < s.length) return { ok: false, reason: 'bad-exception-list', detail: text };
  }
  if (refs.length === 0) return { ok: false, reason: 'bad-exception-list', detail: text };
  return { ok: true, refs };
}

function toRef(code: string): HsRef {
  const digits = code.replace(/[^\d]/g, '');
  if (code.endsWith('류')) return { level: 'chapter', code: digits };
  return { level: digits.length === 4 ? 'heading' : 'subheading', code: digits };
}
