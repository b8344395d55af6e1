import { useTranslation } from 'react-i18next';
import type { CheckResult } from '../../../../domain/check/types.js';

/** Honest gaps: what is not in the loaded data and the official source to consult. */
export function gapsOf(r: CheckResult): string[] {
  const g: string[] = [];
  const tf = r.tariff;
  if (tf.rcep.status === 'not-in-data') g.push('rcep');
  if (!tf.mfn) g.push('mfn');
  if (!tf.line && tf.candidates.length === 0) g.push('line');
  if (!tf.path) g.push('path');
  if (r.origin?.verdict === 'rule-not-in-data') g.push('psr');
  return g;
}

export function NotInDataPanel({ result }: { result: CheckResult }) {
  const { t } = useTranslation();
  const gaps = gapsOf(result);
  if (gaps.length === 0) return null;
  return (
    <section aria-labelledby="gaps-h" className="mb-8 border-4 border-slate-700 p-4">
      <h2 id="gaps-h" className="mb-2 text-xl font-bold">
        {t('result.gaps.heading')}
      </h2>
      <ul className="mb-2 list-disc pl-6">
        {gaps.map((g) => (
          <li key={g}>{t(`result.gaps.${g}`)}</li>
        ))}
      </ul>
      <p className="font-bold">{t('result.gaps.consult')}</p>
      <ul className="list-disc pl-6">
        {result.tariff.officialSources.map((s) => (
          <li key={s.url}>
            <a className="text-blue-800 underline" href={s.url} rel="noreferrer" target="_blank">
              {s.title}
            </a>
          </li>
        ))}
        {result.tariff.officialSources.length === 0 ? <li>{t('result.gaps.fallbackSource')}</li> : null}
      </ul>
    </section>
  );
}
