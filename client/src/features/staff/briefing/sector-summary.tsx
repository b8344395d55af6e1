import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BriefingGroup, BriefingSummary, LineCut, StatusCounts } from '../../../../../domain/briefing/types.js';
import { fmtDate, fmtNumber, fmtPct } from '../../../lib/format.js';
import { noteText } from '../../../lib/note-text.js';
import { STAFF_NS } from '../staff-i18n.js';

/** notes only a briefing gives; the others are the engine's tariff notes (notes.* of the app) */
const OWN_NOTES = ['no-lines-in-range'];
const COUNT_KEYS = ['lines', 'free', 'reduced', 'noReduction', 'excluded', 'notInData'] as const;

/** HS name in the reader's language first, the other below it (each marked with its language). */
function GroupName({ g, lang }: { g: BriefingGroup; lang: string }) {
  const zhFirst = lang.startsWith('zh');
  const names = (
    zhFirst ? [g.zh && ['zh-CN', g.zh], g.en && ['en', g.en]] : [g.en && ['en', g.en], g.zh && ['zh-CN', g.zh]]
  )
    .filter((x): x is [string, string] => !!x)
    .map(([l, text], i) => (
      <span key={l} lang={l} className={i === 0 ? 'block' : 'block text-base text-slate-700'}>
        {text}
      </span>
    ));
  return <>{names}</>;
}

function CutsList({ cuts }: { cuts: LineCut[] }) {
  const { t, i18n } = useTranslation(STAFF_NS);
  if (cuts.length === 0) return <span>{t('briefing.noCuts')}</span>;
  return (
    <ul className="space-y-1 text-base">
      {cuts.map((c) => (
        <li key={c.code}>
          <span className="font-mono">{c.printed ?? c.code}</span>{' '}
          {t('briefing.cutText', {
            mfn: fmtPct(c.mfn, i18n.language),
            rcep: fmtPct(c.rcep, i18n.language),
            cut: fmtNumber(c.cut, i18n.language),
          })}
        </li>
      ))}
    </ul>
  );
}

function Totals({ c }: { c: StatusCounts }) {
  const { t, i18n } = useTranslation(STAFF_NS);
  return (
    <dl className="grid grid-cols-2 gap-4 md:grid-cols-3 print:grid-cols-3">
      {COUNT_KEYS.map((k) => (
        <div key={k} className="border-4 border-slate-800 p-3">
          <dt className="text-xl">{t(`briefing.count.${k}`)}</dt>
          <dd className="text-5xl font-bold">{fmtNumber(c[k], i18n.language)}</dd>
        </div>
      ))}
      {(['mfnFree', 'rateForOtherYear', 'cutNotComparable'] as const)
        .filter((k) => k === 'mfnFree' || c[k] > 0)
        .map((k) => (
          <div key={k} className="col-span-full text-xl">
            <dt className="inline">{t(`briefing.count.${k}`)}</dt>{' '}
            <dd className="inline font-bold">{fmtNumber(c[k], i18n.language)}</dd>
          </div>
        ))}
    </dl>
  );
}

function TopCutsTable({ cuts }: { cuts: LineCut[] }) {
  const { t, i18n } = useTranslation(STAFF_NS);
  if (cuts.length === 0) return <p className="text-xl">{t('briefing.noCuts')}</p>;
  return (
    <Scroll labelledBy="brief-top-caption">
      <table className="w-full border-collapse text-left">
        <caption id="brief-top-caption" className="mb-2 text-left text-3xl font-bold">
          {t('briefing.topCuts.caption')}
        </caption>
        <thead>
          <tr>
            {(['code', 'desc', 'mfn', 'rcep', 'cut'] as const).map((k) => (
              <th key={k} scope="col" className="border-b-4 p-2">
                {t(`briefing.topCuts.col.${k}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {cuts.map((c) => (
            <tr key={c.code} className="break-inside-avoid">
              <th scope="row" className="border-b-2 p-2 text-left font-mono font-normal">
                {c.printed ?? c.code}
              </th>
              <td className="border-b-2 p-2 text-lg" lang="en">
                {c.desc}
              </td>
              <td className="border-b-2 p-2">{fmtPct(c.mfn, i18n.language)}</td>
              <td className="border-b-2 p-2 font-bold">{fmtPct(c.rcep, i18n.language)}</td>
              <td className="border-b-2 p-2 font-bold">{fmtNumber(c.cut, i18n.language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
}

/** A table wider than a phone's screen scrolls; the region must be reachable by keyboard (WCAG 2.1.1). */
function Scroll({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- axe scrollable-region-focusable
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby={labelledBy}>
      {children}
    </div>
  );
}

function GroupsTable({ b }: { b: BriefingSummary }) {
  const { t, i18n } = useTranslation(STAFF_NS);
  const cols = ['lines', 'free', 'reduced', 'noReduction', 'excluded', 'notInData'] as const;
  return (
    <Scroll labelledBy="brief-groups-caption">
      <table className="w-full border-collapse text-left text-lg">
        <caption id="brief-groups-caption" className="mb-2 text-left text-3xl font-bold">
          {t(`briefing.groups.caption.${b.by}`)}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="border-b-4 p-2">
              {t(`briefing.groups.col.${b.by}`)}
            </th>
            <th scope="col" className="border-b-4 p-2">
              {t('briefing.groups.col.name')}
            </th>
            {cols.map((k) => (
              <th key={k} scope="col" className="border-b-4 p-2 text-right text-base">
                {t(`briefing.count.${k}`)}
              </th>
            ))}
            <th scope="col" className="border-b-4 p-2">
              {t('briefing.groups.col.topCuts')}
            </th>
          </tr>
        </thead>
        <tbody>
          {b.groups.map((g) => (
            <tr key={g.code} className="break-inside-avoid align-top">
              <th scope="row" className="border-b-2 p-2 text-left font-mono">
                {g.code}
              </th>
              <td className="min-w-64 border-b-2 p-2">
                <GroupName g={g} lang={i18n.language} />
              </td>
              {cols.map((k) => (
                <td key={k} className="border-b-2 p-2 text-right tabular-nums">
                  {fmtNumber(g.counts[k], i18n.language)}
                </td>
              ))}
              <td className="min-w-56 border-b-2 p-2">
                <CutsList cuts={g.topCuts} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
}

/** What the data lacks for this briefing, with the official schedule to consult (never filled in). */
function GapPanel({ b }: { b: BriefingSummary }) {
  const { t } = useTranslation(STAFF_NS);
  if (b.officialSources.length === 0) return null;
  return (
    <section aria-labelledby="brief-gap-h" className="border-4 border-slate-700 p-4 text-xl">
      <h2 id="brief-gap-h" className="mb-2 text-3xl font-bold">
        {t('briefing.gap.heading')}
      </h2>
      <p>
        {b.chinaColumn === null ? t('briefing.gap.noData') : t('briefing.gap.lines', { n: b.total.counts.notInData })}
      </p>
      <p className="mt-2 font-bold">{t('briefing.gap.consult')}</p>
      <ul className="list-disc pl-6">
        {b.officialSources.map((s) => (
          <li key={s.title}>
            <a className="text-blue-800 underline" href={s.url} rel="noreferrer" target="_blank">
              {s.title}
            </a>
            {s.folderOnly ? ` ${t('briefing.gap.folderOnly')}` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Sources({ b }: { b: BriefingSummary }) {
  const { t, i18n } = useTranslation(STAFF_NS);
  const all = [...b.sources, ...b.nameSources];
  if (all.length === 0) return null;
  return (
    <section aria-labelledby="brief-src-h" className="text-base">
      <h2 id="brief-src-h" className="mb-2 text-2xl font-bold">
        {t('briefing.sources.heading')}
      </h2>
      <p>{t('briefing.sources.method')}</p>
      <ul className="list-disc pl-6">
        {all.map((s) => (
          <li key={s.id}>
            {s.title} — {s.publisher}, {t('briefing.sources.asOf', { date: fmtDate(s.asOf, i18n.language) })}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The sector / country briefing as the server summarised it (domain/briefing): shown, never recomputed. */
export function SectorSummary({ b }: { b: BriefingSummary }) {
  const { t, i18n } = useTranslation(STAFF_NS);
  const tn = i18n.getFixedT(i18n.language, 'translation');
  const empty = b.total.counts.lines === 0;
  return (
    <div className="space-y-8">
      <p className="text-2xl">
        {b.rcepYear === null
          ? t('briefing.noRcepYear', { date: fmtDate(b.date, i18n.language) })
          : t('briefing.rcepYear', { year: b.rcepYear, date: fmtDate(b.date, i18n.language) })}
      </p>
      {b.notes.length ? (
        <ul className="list-disc pl-6 text-xl">
          {b.notes.map((n) => (
            <li key={n}>{OWN_NOTES.includes(n) ? t(`briefing.note.${n}`) : noteText(n, tn)}</li>
          ))}
        </ul>
      ) : null}
      {empty ? (
        <p className="text-2xl font-bold">{t('briefing.empty')}</p>
      ) : (
        <section aria-labelledby="brief-total-h" className="space-y-4">
          <h2 id="brief-total-h" className="text-3xl font-bold">
            {t('briefing.total.heading')}
          </h2>
          <Totals c={b.total.counts} />
        </section>
      )}
      <GapPanel b={b} />
      {empty ? null : (
        <>
          <TopCutsTable cuts={b.total.topCuts} />
          <GroupsTable b={b} />
        </>
      )}
      <Sources b={b} />
    </div>
  );
}
