import { useTranslation } from 'react-i18next';
import type { OriginVerdict, RenderedRule } from '../../../../domain/origin/types.js';
import type { CheckInput } from '../../../../domain/check/types.js';
import { fmtCode, fmtNumber, fmtPct } from '../../lib/format.js';

const TONE: Record<OriginVerdict['verdict'], string> = {
  originating: 'border-green-700 bg-green-50',
  'not-originating': 'border-red-700 bg-red-50',
  'rule-not-in-data': 'border-slate-500 bg-slate-50',
  'insufficient-information': 'border-yellow-500 bg-yellow-50',
};

export function ruleText(r: RenderedRule | undefined, lang: string): string {
  if (!r) return '';
  return lang.startsWith('zh') ? r.zh : r.en;
}

/** The origin verdict with its working: rule, alternative met, RVC by both formulas, failing materials, de minimis. */
export function OriginSection({ origin, input }: { origin: OriginVerdict | null; input: CheckInput }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  if (!origin) {
    return (
      <section aria-labelledby="origin-h" className="mb-8">
        <h2 id="origin-h" className="mb-3 text-2xl font-bold">
          {t('result.origin.heading')}
        </h2>
        <p>{t('result.origin.notEvaluated')}</p>
      </section>
    );
  }
  const mats = input.origin.mode === 'bom' ? input.origin.bom.materials : [];
  const rvc = origin.rvc;
  return (
    <section aria-labelledby="origin-h" className="mb-8">
      <h2 id="origin-h" className="mb-3 text-2xl font-bold">
        {t('result.origin.heading')}
      </h2>
      <p className={`mb-3 border-l-8 p-3 text-lg font-bold ${TONE[origin.verdict]}`}>
        {t(`result.origin.verdict.${origin.verdict}`)}
      </p>
      <dl className="mb-3 grid gap-x-4 gap-y-1 sm:grid-cols-[14rem_1fr]">
        {origin.rule ? (
          <>
            <dt className="font-bold">{t('result.origin.rule')}</dt>
            <dd>
              {ruleText(origin.rule.text, lang)}{' '}
              <span className="text-sm text-slate-600">
                ({t('result.origin.ruleUnit', { unit: fmtCode(origin.rule.unit), v: origin.rule.hsVersion })})
              </span>
            </dd>
          </>
        ) : null}
        {origin.satisfiedBy ? (
          <>
            <dt className="font-bold">{t('result.origin.satisfiedBy')}</dt>
            <dd>
              {t(`result.origin.criterion.${origin.satisfiedBy.criterion}`)}
              {origin.satisfiedBy.text ? `: ${ruleText(origin.satisfiedBy.text, lang)}` : ''}
            </dd>
          </>
        ) : null}
        {rvc?.share !== undefined ? (
          <>
            <dt className="font-bold">{t('result.origin.share')}</dt>
            <dd>{fmtPct(rvc.share, lang)}</dd>
          </>
        ) : null}
        {rvc?.buildDown !== undefined ? (
          <>
            <dt className="font-bold">{t('result.origin.buildDown')}</dt>
            <dd>
              {t('result.origin.buildDownWorking', {
                fob: fmtNumber(rvc.fob ?? 0, lang),
                vnm: fmtNumber(rvc.vnm ?? 0, lang),
                pct: fmtPct(rvc.buildDown, lang),
              })}
            </dd>
          </>
        ) : null}
        {rvc?.buildUp !== undefined ? (
          <>
            <dt className="font-bold">{t('result.origin.buildUp')}</dt>
            <dd>
              {t('result.origin.buildUpWorking', {
                vom: fmtNumber(rvc.vom ?? 0, lang),
                costs: fmtNumber(rvc.costs ?? 0, lang),
                fob: fmtNumber(rvc.fob ?? 0, lang),
                pct: fmtPct(rvc.buildUp, lang),
              })}
            </dd>
          </>
        ) : null}
        {rvc?.threshold !== undefined ? (
          <>
            <dt className="font-bold">{t('result.origin.threshold')}</dt>
            <dd>
              {fmtPct(rvc.threshold, lang)}{' '}
              {rvc.met !== undefined ? `(${t(rvc.met ? 'result.origin.met' : 'result.origin.notMet')})` : ''}
            </dd>
          </>
        ) : null}
        {origin.deMinimis ? (
          <>
            <dt className="font-bold">{t('result.origin.deMinimis')}</dt>
            <dd>
              {t('result.origin.deMinimisWorking', {
                pct: fmtPct(origin.deMinimis.valuePct, lang),
                limit: fmtPct(origin.deMinimis.limitPct, lang),
              })}{' '}
              ({t(origin.deMinimis.passes ? 'result.origin.met' : 'result.origin.notMet')})
            </dd>
          </>
        ) : null}
      </dl>
      {origin.failingMaterials.length ? (
        <div className="mb-3">
          <h3 className="font-bold">{t('result.origin.failing')}</h3>
          <ul className="list-disc pl-6">
            {origin.failingMaterials.map((i) => (
              <li key={i}>
                {t('result.origin.failingRow', {
                  n: i + 1,
                  hs: fmtCode(mats[i]?.hs ?? ''),
                  origin: mats[i]?.origin ?? '',
                  desc: mats[i]?.desc ?? '',
                })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {origin.questions.length ? (
        <div className="mb-3">
          <h3 className="font-bold">{t('result.origin.questions')}</h3>
          <ul className="list-disc pl-6">
            {origin.questions.map((q) => (
              <li key={q}>{t(`result.origin.question.${q}`)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {origin.wouldSatisfy?.length ? (
        <div className="mb-3">
          <h3 className="font-bold">{t('result.origin.wouldSatisfy')}</h3>
          <ul className="list-disc pl-6">
            {origin.wouldSatisfy.map((w, i) => (
              <li key={i}>
                {t(`result.origin.criterion.${w.criterion}`)}
                {w.text ? `: ${ruleText(w.text, lang)}` : ''}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <details>
        <summary className="cursor-pointer text-blue-800 underline">{t('result.origin.working')}</summary>
        <ol className="mt-2 list-decimal pl-6">
          {origin.steps.map((s, i) => (
            <li key={i}>
              {t(`result.origin.step.${s.step}`, { defaultValue: s.step })}: {t(`result.origin.stepResult.${s.result}`)}
              {s.article ? ` (${t('result.origin.article', { a: s.article })})` : ''}
              {s.reason ? ` — ${t(`result.origin.reason.${s.reason}`, { defaultValue: s.reason })}` : ''}
            </li>
          ))}
        </ol>
        {origin.articles.length ? (
          <p className="mt-2 text-sm">{t('result.origin.articles', { list: origin.articles.join(', ') })}</p>
        ) : null}
      </details>
    </section>
  );
}
