import { useTranslation } from 'react-i18next';
import type { CheckResult } from '../../../../domain/check/types.js';
import { fmtCode, fmtDate } from '../../lib/format.js';
import { RateSection } from './rate-section.js';
import { AgreementsSection } from './agreements-section.js';
import { PathChart } from './path-chart.js';
import { OriginSection } from './origin-section.js';
import { ProofSection } from './proof-section.js';
import { ProgrammesSection } from './programmes-section.js';
import type { FirmProfile } from '../../../../domain/schemas/programme.js';
import { NotInDataPanel } from './not-in-data.js';
import { SourcesList } from './sources-list.js';
import { noteText } from '../../lib/note-text.js';
import { dataAsOf } from '../../lib/check/enquiry-summary.js';

/** The whole result, from the engine's answer only (the UI shows the working; it never recomputes). */
export function ResultView({
  result,
  offline,
  firm,
}: {
  result: CheckResult;
  offline: boolean;
  /** what the firm said about itself, and where it can change that (programmes section) */
  firm?: { profile: FirmProfile; editLink?: string };
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const tf = result.tariff;
  const asOf = dataAsOf(result);
  return (
    <div>
      <p className="mb-4 flex flex-wrap gap-2 text-sm">
        {asOf ? (
          <span className="bg-slate-100 px-2 py-1">{t('result.dataDate', { date: fmtDate(asOf, lang) })}</span>
        ) : null}
        {offline ? <span className="bg-yellow-200 px-2 py-1 font-bold">{t('common.offlineBadge')}</span> : null}
      </p>
      <p className="mb-6 text-lg">
        {t('result.summary', {
          code: tf.line?.printed ?? fmtCode(tf.line?.code ?? tf.code),
          dest: t(`parties.${tf.dest}`),
          date: fmtDate(tf.date, lang),
        })}
        {tf.line ? <span className="block text-slate-700">{tf.line.desc}</span> : null}
      </p>
      <RateSection tariff={tf} />
      <AgreementsSection tariff={tf} />
      {tf.path?.length ? (
        <section aria-labelledby="path-h" className="mb-8">
          <h2 id="path-h" className="mb-3 text-2xl font-bold">
            {t('result.path.heading')}
          </h2>
          <PathChart path={tf.path} mfnPct={tf.mfn?.adValorem ?? null} />
        </section>
      ) : null}
      {tf.notes.length || result.notes.length ? (
        <section aria-labelledby="notes-h" className="mb-8">
          <h2 id="notes-h" className="mb-2 text-xl font-bold">
            {t('result.notesHeading')}
          </h2>
          <ul className="list-disc pl-6">
            {[...new Set([...tf.notes, ...result.notes])].map((n) => (
              <li key={n}>{noteText(n, t)}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <OriginSection origin={result.origin} input={result.input} />
      <ProofSection proof={result.proof} />
      <ProgrammesSection result={result} profile={firm?.profile} editLink={firm?.editLink} />
      <NotInDataPanel result={result} />
      <SourcesList sources={tf.sources} />
    </div>
  );
}
