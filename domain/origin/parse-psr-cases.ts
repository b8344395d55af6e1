import type { HsRef, PsrRule } from '../schemas/index.js';
import { hsRefFromText } from './hs-ref.js';
import type { ParsePsrResult } from './parse-psr-result.js';

type Case = Extract<PsrRule, { kind: 'cases' }>['cases'][number];

const OTHERWISE = /^(all other goods|all other products|other|others|any other goods)$/i;
const HS_GOODS = /^(?:(chapters?|headings?|subheadings?)\s+)?(\d[\d.]*(?:\s*(?:,|or|and)\s*\d[\d.]*)*)$/i;

/** Numbered cases: "1. <goods>: <rule>; 2. All other goods: <rule>". Case N starts at the text start or after ';'. */
export function parseCases(text: string, expr: (text: string, offset: number) => ParsePsrResult): ParsePsrResult {
  const starts: { n: number; at: number; body: number }[] = [];
  let n = 1;
  const re = /(^|;)\s*(\d+)\.\s/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (Number(m[2]) !== n) continue;
    starts.push({ n, at: m.index, body: m.index + m[0].length });
    n++;
  }
  if (starts.length < 2) return { ok: false, reason: 'cases-expected', at: 0 };
  const cases: Case[] = [];
  for (let i = 0; i < starts.length; i++) {
    const bodyStart = starts[i].body;
    const bodyEnd = i + 1 < starts.length ? starts[i + 1].at : text.length;
    const body = text.slice(bodyStart, bodyEnd);
    const colon = body.indexOf(':');
    if (colon < 0) return { ok: false, reason: 'case-colon-expected', at: bodyStart };
    const goodsText = body.slice(0, colon).trim();
    if (goodsText === '') return { ok: false, reason: 'case-goods-expected', at: bodyStart };
    const ruleText = body.slice(colon + 1).replace(/[;.\s]+$/, '');
    const rule = expr(ruleText, bodyStart + colon + 1);
    if (!rule.ok) return rule;
    if (rule.rule.kind === 'cases') return { ok: false, reason: 'nested-cases', at: bodyStart };
    cases.push({ goods: goods(goodsText), rule: rule.rule });
  }
  if (cases.slice(0, -1).some((c) => c.goods.otherwise)) return { ok: false, reason: 'otherwise-not-last', at: 0 };
  return { ok: true, rule: { kind: 'cases', cases } };
}

function goods(text: string): Case['goods'] {
  if (OTHERWISE.test(text)) return { otherwise: true };
  const m = HS_GOODS.exec(text);
  if (m) {
    const refs = m[2].split(/\s*(?:,|or|and)\s*/i).map((c) => hsRefFromText(c.trim()));
    const levelWord = m[1]?.toLowerCase().replace(/s$/, '');
    const ok = refs.every((r): r is HsRef => r !== undefined && (!levelWord || r.level === levelWord));
    if (ok && refs.length > 0) return { hs: refs };
  }
  return { text: { en: text } };
}
