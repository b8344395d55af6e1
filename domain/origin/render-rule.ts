import type { HsRef, PsrRule } from '../schemas/index.js';
import { canonicalRefs, formatHsRef, LEVEL_DIGITS } from './hs-ref.js';
import type { RenderedRule } from './types.js';

/**
 * Render a rule tree as text (data rendering; the tree is the record, the texts are views of it):
 * - code: the compact English coding that parsePsr reads back ('CTH except from heading 84.07, or RVC40')
 * - en / zh: readable statements of the Annex 3A headnote 7 vocabulary.
 */
export function renderPsrRule(rule: PsrRule): RenderedRule {
  return { zh: renderZh(rule, false), en: renderEn(rule, false), code: renderPsrCode(rule) };
}

type Lang = 'code' | 'en' | 'zh';

const LEVEL_WORD: Record<Lang, Record<HsRef['level'], string>> = {
  code: { chapter: 'Chapter', heading: 'heading', subheading: 'subheading' },
  en: { chapter: 'Chapter', heading: 'heading', subheading: 'subheading' },
  zh: { chapter: '第', heading: '品目', subheading: '子目' },
};

/** Consecutive codes of the same parent, three or more, become 'A through B' ('A至B'). */
function refGroups(refs: HsRef[]): { level: HsRef['level']; from: HsRef; to?: HsRef }[] {
  const sorted = canonicalRefs(refs).sort((a, b) =>
    a.level === b.level ? a.code.localeCompare(b.code) : LEVEL_DIGITS[a.level] - LEVEL_DIGITS[b.level],
  );
  const out: { level: HsRef['level']; from: HsRef; to?: HsRef }[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    const parent = (r: HsRef) => r.code.slice(0, LEVEL_DIGITS[r.level] - 2);
    while (
      j + 1 < sorted.length &&
      sorted[j + 1].level === sorted[i].level &&
      Number(sorted[j + 1].code) === Number(sorted[j].code) + 1 &&
      (sorted[i].level === 'chapter' || parent(sorted[j + 1]) === parent(sorted[i]))
    )
      j++;
    if (j - i >= 2) {
      out.push({ level: sorted[i].level, from: sorted[i], to: sorted[j] });
      i = j + 1;
    } else {
      out.push({ level: sorted[i].level, from: sorted[i] });
      i++;
    }
  }
  return out;
}

export function renderRefList(refs: HsRef[], lang: Lang): string {
  const items: string[] = [];
  let level: HsRef['level'] | undefined;
  for (const g of refGroups(refs)) {
    const code = (r: HsRef) => (lang === 'zh' && r.level === 'chapter' ? `${r.code}章` : formatHsRef(r));
    const range = g.to
      ? lang === 'zh'
        ? `${code(g.from)}至${code(g.to)}`
        : `${code(g.from)} through ${code(g.to)}`
      : code(g.from);
    items.push(g.level === level ? range : `${LEVEL_WORD[lang][g.level]}${lang === 'zh' ? '' : ' '}${range}`);
    level = g.level;
  }
  if (lang === 'zh') return items.join('、');
  return items.length === 1 ? items[0] : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function num(n: number): string {
  return String(Number(n.toFixed(6)));
}

/** Compact English coding; parsePsr(renderPsrCode(r)) gives back normalizePsrRule(r). */
export function renderPsrCode(rule: PsrRule, nested = false): string {
  switch (rule.kind) {
    case 'WO':
    case 'CR':
      return rule.kind;
    case 'RVC':
      return `RVC${num(rule.threshold)}`;
    case 'CC':
    case 'CTH':
    case 'CTSH':
      return rule.except && rule.except.length > 0
        ? `${rule.kind} except from ${renderRefList(rule.except, 'code')}`
        : rule.kind;
    case 'or': {
      let s = '';
      rule.rules.forEach((r, i) => {
        if (i > 0)
          s += rule.rules[i - 1].kind === 'proviso' ? '; or ' : endsWithExcept(rule.rules[i - 1]) ? ', or ' : ' or ';
        s += renderPsrCode(r, true);
      });
      return nested ? `(${s})` : s;
    }
    case 'and':
      return rule.rules
        .map((r) => (r.kind === 'or' || r.kind === 'and' ? `(${renderPsrCode(r, false)})` : renderPsrCode(r, true)))
        .join(' and ');
    case 'proviso':
      return `${renderPsrCode(rule.rule, true)}, provided that ${num(rule.proviso.minPct)} per cent or more by weight of the active ingredient(s) is originating`;
    case 'cases':
      return rule.cases.map((c, i) => `${i + 1}. ${goodsCode(c.goods)}: ${renderPsrCode(c.rule)}`).join('; ');
  }
}

function endsWithExcept(rule: PsrRule): boolean {
  if (rule.kind === 'CC' || rule.kind === 'CTH' || rule.kind === 'CTSH') return (rule.except?.length ?? 0) > 0;
  if (rule.kind === 'and') return endsWithExcept(rule.rules[rule.rules.length - 1]);
  if (rule.kind === 'proviso') return false;
  return false;
}

type Goods = Extract<PsrRule, { kind: 'cases' }>['cases'][number]['goods'];

function goodsCode(g: Goods): string {
  if (g.otherwise) return 'All other goods';
  if (g.hs && g.hs.length > 0) return canonicalRefs(g.hs).map(formatHsRef).join(', ');
  return g.text?.en ?? g.text?.zh ?? 'goods';
}

const EN: Record<'WO' | 'CR' | 'CC' | 'CTH' | 'CTSH', string> = {
  WO: 'Wholly obtained or produced (WO)',
  CR: 'Chemical reaction (CR)',
  CC: 'Change in chapter (CC)',
  CTH: 'Change in tariff heading (CTH)',
  CTSH: 'Change in tariff subheading (CTSH)',
};

const ZH: Record<'WO' | 'CR' | 'CC' | 'CTH' | 'CTSH', string> = {
  WO: '完全获得或生产（WO）',
  CR: '化学反应（CR）',
  CC: '章改变（2位级税则归类改变）',
  CTH: '品目改变（4位级税则归类改变）',
  CTSH: '子目改变（6位级税则归类改变）',
};

function renderEn(rule: PsrRule, nested: boolean): string {
  switch (rule.kind) {
    case 'WO':
    case 'CR':
      return EN[rule.kind];
    case 'RVC':
      return `Regional value content of not less than ${num(rule.threshold)}% (RVC${num(rule.threshold)})`;
    case 'CC':
    case 'CTH':
    case 'CTSH':
      return rule.except && rule.except.length > 0
        ? `${EN[rule.kind]}, except from ${renderRefList(rule.except, 'en')}`
        : EN[rule.kind];
    case 'or': {
      const s = rule.rules.map((r) => renderEn(r, true)).join('; or ');
      return nested ? `(${s})` : s;
    }
    case 'and': {
      const s = rule.rules.map((r) => renderEn(r, true)).join(' and ');
      return nested ? `(${s})` : s;
    }
    case 'proviso': {
      const s = `${renderEn(rule.rule, true)}, provided that at least ${num(rule.proviso.minPct)}% by weight of the active ingredient(s) is originating`;
      return nested ? `(${s})` : s;
    }
    case 'cases':
      return rule.cases
        .map(
          (c, i) =>
            `${i + 1}. ${c.goods.otherwise ? 'All other goods' : goodsText(c.goods, 'en')}: ${renderEn(c.rule, false)}`,
        )
        .join('; ');
  }
}

function renderZh(rule: PsrRule, nested: boolean): string {
  switch (rule.kind) {
    case 'WO':
    case 'CR':
      return ZH[rule.kind];
    case 'RVC':
      return `区域价值成分不低于${num(rule.threshold)}%`;
    case 'CC':
    case 'CTH':
    case 'CTSH':
      return rule.except && rule.except.length > 0
        ? `${ZH[rule.kind]}，但从${renderRefList(rule.except, 'zh')}改变而来的除外`
        : ZH[rule.kind];
    case 'or': {
      const s = rule.rules.map((r) => renderZh(r, true)).join('；或');
      return nested ? `（${s}）` : s;
    }
    case 'and': {
      const s = rule.rules.map((r) => renderZh(r, true)).join('，且');
      return nested ? `（${s}）` : s;
    }
    case 'proviso': {
      const s = `${renderZh(rule.rule, true)}，但以有效成分总重量中至少${num(rule.proviso.minPct)}%为原产为限`;
      return nested ? `（${s}）` : s;
    }
    case 'cases':
      return rule.cases
        .map(
          (c, i) =>
            `${i + 1}. ${c.goods.otherwise ? '其他所有货物' : goodsText(c.goods, 'zh')}：${renderZh(c.rule, false)}`,
        )
        .join('；');
  }
}

function goodsText(g: Goods, lang: 'en' | 'zh'): string {
  if (g.hs && g.hs.length > 0) return renderRefList(g.hs, lang);
  return (lang === 'zh' ? (g.text?.zh ?? g.text?.en) : (g.text?.en ?? g.text?.zh)) ?? '';
}
