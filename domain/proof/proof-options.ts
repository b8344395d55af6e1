import { renderPsrCode } from '../origin/render-rule.js';
import type { OriginVerdict, OriginVerdictKind } from '../origin/types.js';
import { annex3bChecklist } from './checklist.js';
import type { ProofInput, ProofOption, ProofResult } from './types.js';

/** Issuing bodies of Certificates of Origin in China (docs/rcep-primer.md, Proof of origin). */
export const CN_ISSUERS = ['cn-customs', 'ccpit'];

/** Art. 3.22.3(a): the importing Party may not require a proof when the customs value is <= US$200. */
export const LOW_VALUE_USD = 200;

/** Parties that must implement declarations by any exporter or producer within 20 (not 10) years (Art. 3.16.2). */
const TWENTY_YEAR_PARTIES = new Set(['KH', 'LA', 'MM']);

function verdictKind(v: ProofInput['verdict']): OriginVerdictKind | undefined {
  return typeof v === 'string' ? v : v?.verdict;
}

function criterionOf(v: OriginVerdict | undefined): { criterion?: string; usesRvc: boolean } {
  const s = v?.satisfiedBy;
  if (!s) return { usesRvc: false };
  if (s.criterion !== 'PSR' || !s.rule) return { criterion: s.criterion, usesRvc: false };
  return { criterion: renderPsrCode(s.rule), usesRvc: s.rule.kind === 'RVC' };
}

/**
 * The proofs of origin open to the firm for one shipment, with the Annex 3B checklist of the applicable forms.
 * Ids and article references only (no prose).
 */
export function proofOptions(input: ProofInput): ProofResult {
  const dest = input.dest.toUpperCase();
  const exporter = (input.exporter ?? 'CN').toUpperCase();
  const verdict = typeof input.verdict === 'object' ? input.verdict : undefined;
  const kind = verdictKind(input.verdict);
  const fromVerdict = criterionOf(verdict);
  const usesRvc = input.usesRvc ?? fromVerdict.usesRvc;
  const backToBack = input.backToBack === true;
  const approvedExporter = input.approvedExporter === true;
  const notes: string[] = [];
  const articles = new Set(['3.16', '3.27']);

  const options: ProofOption[] = [
    {
      id: 'certificate-of-origin',
      available: true,
      articles: ['3.16.1(a)', '3.17'],
      form: 'CO',
      ...(exporter === 'CN' ? { issuers: CN_ISSUERS } : {}),
    },
    approvedExporter
      ? {
          id: 'declaration-approved-exporter',
          available: true,
          articles: ['3.16.1(b)', '3.18.1(a)', '3.21'],
          form: 'DO',
        }
      : {
          id: 'declaration-approved-exporter',
          available: false,
          reason: 'not-an-approved-exporter',
          articles: ['3.18.1(a)', '3.21'],
        },
    {
      id: 'declaration-exporter-producer',
      available: 'unconfirmed',
      reason: TWENTY_YEAR_PARTIES.has(exporter)
        ? 'to-be-implemented-within-20-years'
        : 'to-be-implemented-within-10-years',
      articles: ['3.16.1(c)', '3.16.2', '3.18.1(b)'],
      form: 'DO',
    },
  ];
  ['3.17', '3.18', '3.21'].forEach((a) => articles.add(a));
  if (dest === 'JP') {
    options.push({
      id: 'declaration-importer',
      available: 'unconfirmed',
      reason: 'japan-may-accept-importer-declaration',
      articles: ['3.16'],
    });
  }
  if (
    input.customsValueUsd !== undefined &&
    Number.isFinite(input.customsValueUsd) &&
    input.customsValueUsd >= 0 &&
    input.customsValueUsd <= LOW_VALUE_USD
  ) {
    options.unshift({
      id: 'no-proof-low-value',
      available: true,
      reason: 'importing-party-may-not-require-proof',
      articles: ['3.22.3(a)'],
    });
    articles.add('3.22');
  } else if (input.customsValueUsd === undefined) {
    notes.push('low-value-waiver-needs-usd-customs-value');
  }
  if (backToBack) articles.add('3.19');

  const result: ProofResult = {
    dest,
    options,
    checklist: [],
    validity: { months: 12, article: '3.16' },
    recordKeeping: { years: 3, article: '3.27.1' },
    notes,
    articles: [],
  };
  if (kind === 'not-originating') result.blockedBy = 'not-originating';
  else if (kind === 'insufficient-information') result.blockedBy = 'origin-undecided';
  else if (kind === 'rule-not-in-data') result.blockedBy = 'rule-not-in-data';
  if (result.blockedBy) notes.push('proof-must-state-good-is-originating');

  const ctx = {
    usesRvc,
    backToBack,
    approvedExporter,
    hs6: verdict?.code.replace(/\D/g, '').slice(0, 6),
    criterion: fromVerdict.criterion,
  };
  result.checklist = annex3bChecklist('CO', ctx);
  if (approvedExporter) result.checklist.push(...annex3bChecklist('DO', ctx));
  articles.add('Annex 3B');
  result.articles = [...articles];
  return result;
}
