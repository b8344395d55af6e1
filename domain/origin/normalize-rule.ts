import type { PsrRule } from '../schemas/index.js';
import { canonicalRefs } from './hs-ref.js';

/**
 * Canonical form of a rule tree: nested or/and flattened, single-child or/and unwrapped, exception lists
 * sorted and de-duplicated, empty exception lists dropped. Order of alternatives is kept.
 */
export function normalizePsrRule(rule: PsrRule): PsrRule {
  switch (rule.kind) {
    case 'CC':
    case 'CTH':
    case 'CTSH': {
      const except = rule.except && rule.except.length > 0 ? canonicalRefs(rule.except) : undefined;
      return except ? { kind: rule.kind, except } : { kind: rule.kind };
    }
    case 'RVC':
      return { kind: 'RVC', threshold: rule.threshold };
    case 'WO':
    case 'CR':
      return { kind: rule.kind };
    case 'or':
    case 'and': {
      const flat: PsrRule[] = [];
      for (const child of rule.rules.map(normalizePsrRule)) {
        if (child.kind === rule.kind) flat.push(...child.rules);
        else flat.push(child);
      }
      return flat.length === 1 ? flat[0] : { kind: rule.kind, rules: flat };
    }
    case 'proviso':
      return {
        kind: 'proviso',
        rule: normalizePsrRule(rule.rule),
        proviso: { kind: rule.proviso.kind, minPct: rule.proviso.minPct, text: { ...rule.proviso.text } },
      };
    case 'cases':
      return {
        kind: 'cases',
        cases: rule.cases.map((c) => {
          const goods: (typeof c)['goods'] = {};
          if (c.goods.hs && c.goods.hs.length > 0) goods.hs = canonicalRefs(c.goods.hs);
          if (c.goods.text) goods.text = { ...c.goods.text };
          if (c.goods.otherwise) goods.otherwise = true;
          return { goods, rule: normalizePsrRule(c.rule) };
        }),
      };
  }
}

/**
 * Comparison key: canonical form with the alternatives of or/and sorted (order of alternatives carries no
 * meaning, Annex 3A headnote 4). Case goods texts and proviso texts are left out (they differ by language); hs,
 * otherwise and the proviso's kind and share stay.
 */
export function ruleKey(rule: PsrRule): string {
  return JSON.stringify(keyTree(normalizePsrRule(rule)));
}

function keyTree(rule: PsrRule): unknown {
  if (rule.kind === 'or' || rule.kind === 'and') {
    return { kind: rule.kind, rules: rule.rules.map((r) => JSON.stringify(keyTree(r))).sort() };
  }
  if (rule.kind === 'proviso') {
    return {
      kind: 'proviso',
      rule: keyTree(rule.rule),
      proviso: { kind: rule.proviso.kind, minPct: rule.proviso.minPct },
    };
  }
  if (rule.kind === 'cases') {
    return {
      kind: 'cases',
      cases: rule.cases.map((c) => ({
        hs: c.goods.hs ?? [],
        otherwise: c.goods.otherwise ?? false,
        rule: keyTree(c.rule),
      })),
    };
  }
  return rule;
}
