import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { HsNode } from '../../../../domain/schemas/index.js';
import { useDataService } from '../../lib/data/service.js';
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
import { firstAnswer } from './answer.js';
import { FirstAnswerBox } from './first-answer.js';
import { CompareList } from './compare-list.js';
import { DataDetails } from './data-details.js';
import { lineOwnText } from '../../lib/line-text.js';

/**
 * The product by its path of names (heading › subheading › the line's own text): a national line's
 * text alone is often only "- - Other".
 */
function productPath(
  code: string,
  desc: string | undefined,
  nodes: Map<string, HsNode> | undefined,
  zh: boolean,
): string {
  const name = (n?: HsNode) => (n ? ((zh ? n.zh : undefined) ?? n.en) : '');
  const parts = [name(nodes?.get(code.slice(0, 4))), code.length > 4 ? name(nodes?.get(code.slice(0, 6))) : ''];
  const own = lineOwnText(desc ?? '').replace(/^[\s\-–—.]+/, '');
  if (own && !parts.includes(own)) parts.push(own);
  return parts.filter(Boolean).join(' › ');
}

/** Notes the first screen already says, or that would contradict it. */
function shownNotes(result: CheckResult, noGain: boolean): string[] {
  const hidden = new Set(['reference-rate-not-for-china']);
  if (noGain) hidden.add('rcep-preference-available');
  if (result.compare) hidden.add('choose-national-line').add('candidates-truncated');
  return [...new Set([...result.tariff.notes, ...result.notes])].filter((n) => !hidden.has(n));
}

/** The whole result, from the engine's answer only (the UI shows the working; it never recomputes). */
export function ResultView({
  result,
  offline,
  onUseLine,
  firm,
}: {
  result: CheckResult;
  offline: boolean;
  onUseLine?: (code: string) => void;
  /** what the firm said about itself, and where it can change that (programmes section) */
  firm?: { profile: FirmProfile; editLink?: string };
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const tf = result.tariff;
  const data = useDataService();
  const hs = useQuery({ queryKey: ['pack', 'hs'], queryFn: () => data.hs() });
  const nodes = hs.data ? new Map(hs.data.versions['2022'].map((n) => [n.code, n])) : undefined;
  const asOf = dataAsOf(result);
  const kind = firstAnswer(result).kind;
  // a line Japan (or any party) excludes from its RCEP cuts gains nothing from RCEP origin either
  const noGain = kind === 'no-gain' || kind === 'mfn-free' || kind === 'excluded';
  const notes = shownNotes(result, noGain);
  return (
    <div>
      <FirstAnswerBox result={result} />
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
        <span className="block text-slate-700">
          {productPath(tf.line?.code ?? tf.code, tf.line?.desc, nodes, lang.startsWith('zh'))}
        </span>
      </p>
      {result.compare ? (
        <CompareList compare={result.compare} onUse={onUseLine} />
      ) : (
        <>
          <RateSection tariff={tf} />
          <AgreementsSection tariff={tf} />
        </>
      )}
      {tf.path?.length ? (
        <section aria-labelledby="path-h" className="mb-8">
          <h2 id="path-h" className="mb-3 text-2xl font-bold">
            {t('result.path.heading')}
          </h2>
          <PathChart path={tf.path} mfnPct={tf.mfn?.adValorem ?? null} />
        </section>
      ) : null}
      {notes.length ? (
        <section aria-labelledby="notes-h" className="mb-8">
          <h2 id="notes-h" className="mb-2 text-xl font-bold">
            {t('result.notesHeading')}
          </h2>
          <ul className="list-disc pl-6">
            {notes.map((n) => (
              <li key={n}>{noteText(n, t)}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <OriginSection origin={result.origin} input={result.input} />
      {noGain ? (
        <details className="mb-8">
          <summary className="cursor-pointer text-blue-800 underline">{t('result.answer.proofIfAsked')}</summary>
          <ProofSection proof={result.proof} />
        </details>
      ) : (
        <ProofSection proof={result.proof} />
      )}
      <ProgrammesSection result={result} profile={firm?.profile} editLink={firm?.editLink} />
      <NotInDataPanel result={result} />
      <SourcesList sources={tf.sources} />
      <DataDetails result={result} />
    </div>
  );
}
