import { useTranslation } from 'react-i18next';
import type { RateExpr, UploadDiff, UploadPack } from '../../../../domain/schemas/index.js';
import { rateText } from '../../lib/rate-text.js';
import { STAFF_NS } from './staff-i18n.js';

type Years = { rcepYear: number; rate: RateExpr }[];
/** Annex I examples carry { base, years }; PSR examples the rule as text { zh, en, code } (domain/origin/render-rule.ts) */
type Side = { base?: RateExpr; years?: Years; zh?: string; en?: string; code?: string } | undefined;
/** an example of the diff (its rows are open in the contract) read as this pack's view shows them */
type DiffExample = Omit<UploadDiff['examples'][number], 'before' | 'after'> & { before?: Side; after: Side };

/** the changed rows of an upload, each with what it was and what it becomes */
export function DiffExamples({ pack, examples }: { pack: UploadPack; examples: UploadDiff['examples'] }) {
  const { t, i18n } = useTranslation(STAFF_NS);
  const { t: tApp } = useTranslation();
  const lang = i18n.language;
  const rate = (e: RateExpr | undefined) => rateText(e, tApp, lang);
  /** PSR: the Annex 3A coding ('CTSH or RVC40'); Annex I: the base rate, or only the years that differ */
  const sides = (d: DiffExample): [string, string] => {
    if (pack === 'psr') return [d.before?.code ?? '', d.after?.code ?? ''];
    if (!d.before) return ['', `${t('dataUpload.base')} ${rate(d.after?.base)}`];
    const was = new Map((d.before.years ?? []).map((y) => [y.rcepYear, rate(y.rate)]));
    const now = new Map((d.after?.years ?? []).map((y) => [y.rcepYear, rate(y.rate)]));
    const years = [...new Set([...was.keys(), ...now.keys()])].sort((a, b) => a - b);
    const differ = years.filter((y) => was.get(y) !== now.get(y));
    const list = (m: Map<number, string>) =>
      differ.map((y) => `${t('dataUpload.year', { n: y })} ${m.get(y) ?? '–'}`).join('; ');
    const base = rate(d.before.base) !== rate(d.after?.base);
    return [
      [base ? `${t('dataUpload.base')} ${rate(d.before.base)}` : '', list(was)].filter(Boolean).join('; '),
      [base ? `${t('dataUpload.base')} ${rate(d.after?.base)}` : '', list(now)].filter(Boolean).join('; '),
    ];
  };
  if (!examples.length) return null;
  return (
    <ul className="list-disc pl-6 text-sm" aria-label={t('dataUpload.examples')}>
      {examples.map((d) => {
        const [before, after] = sides(d as DiffExample);
        return (
          <li key={d.key}>
            <span className="font-mono">{d.key}</span>{' '}
            {d.change === 'added' ? t('dataUpload.added', { after }) : t('dataUpload.changed', { before, after })}
          </li>
        );
      })}
    </ul>
  );
}
