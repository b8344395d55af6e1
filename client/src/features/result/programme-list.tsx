import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ContactUnit, FirmProfile } from '../../../../domain/schemas/programme.js';
import type { Match, Other } from './programme-matches.js';
import { reasonLines, type ReasonLine } from './programme-reasons.js';

function Lines({ lines, label }: { lines: ReasonLine[]; label: string }) {
  const { t } = useTranslation();
  if (!lines.length) return null;
  return (
    <div className="mt-1 text-sm">
      <p className="font-bold">{label}</p>
      <ul className="list-disc pl-5">
        {lines.map((l, i) => (
          <li key={i}>
            {l.text}
            {l.source ? (
              <span className="text-slate-700">{t('result.programmes.basis', { source: l.source })}</span>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ProgrammeList({
  items,
  units,
  profile,
  dest,
  editLink,
}: {
  items: Match[];
  units?: Map<string, ContactUnit>;
  profile: FirmProfile;
  dest: string;
  editLink?: string;
}) {
  const { t, i18n } = useTranslation();
  const zh = i18n.language.startsWith('zh');
  return (
    <ul className="space-y-4">
      {items.map((m) => {
        const r = reasonLines(m.programme, m.reasons, profile, dest, t, zh);
        return (
          <li
            key={m.programme.id}
            className="border-l-4 border-blue-700 pl-3"
            data-programme={m.programme.id}
            data-applies={m.applies}
          >
            <h4 className="font-bold">{zh ? m.programme.names?.zh : m.programme.names?.en}</h4>
            {m.programme.status === 'planned' ? (
              <p className="inline-block rounded bg-amber-100 px-1 text-sm text-amber-900">
                {t('result.programmes.planned')}
              </p>
            ) : null}
            {m.programme.summary ? <p>{zh ? m.programme.summary.zh : m.programme.summary.en}</p> : null}
            <Lines
              lines={r.held.length ? r.held : m.applies === 'yes' ? [{ text: t('result.programmes.everyFirm') }] : []}
              label={t('result.programmes.whyLabel')}
            />
            <Lines lines={r.open} label={t('result.programmes.openLabel')} />
            {editLink && r.open.some((l) => l.asks) ? (
              <Link to={editLink} className="text-sm text-blue-800 underline">
                {t('result.programmes.answerQuestion')}
              </Link>
            ) : null}
            <UnitList refs={m.units} units={units} />
            {m.programme.citations?.length ? (
              <p className="text-xs text-slate-700">
                {t('result.programmes.source', {
                  list: m.programme.citations.map((c) => `${c.doc} ${c.item}`).join('; '),
                })}
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

function UnitList({ refs, units }: { refs: Match['units']; units?: Map<string, ContactUnit> }) {
  const { t, i18n } = useTranslation();
  const zh = i18n.language.startsWith('zh');
  if (!refs.length) return <p className="text-sm">{t('result.programmes.noUnit')}</p>;
  return (
    <ul className="mt-1 text-sm">
      {refs.map((ref) => {
        const u = units?.get(ref.unit);
        const has = u && (u.phone || u.address || u.url);
        return (
          <li key={`${ref.unit}-${ref.role}`} data-unit-level={u?.level}>
            <strong>{u ? (zh ? u.names.zh : u.names.en) : t('result.programmes.unknownUnit')}</strong>
            {'（'}
            {t(`result.programmes.roleWords.${ref.role}`)}
            {'）'}
            {': '}
            {has ? [u.phone, u.address, u.url].filter(Boolean).join(' · ') : t('result.programmes.toBeConfirmed')}
            {has && u.detailSource ? (
              <span className="block text-xs text-slate-700">
                {t('result.programmes.detailSource', u.detailSource)}
              </span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

export function OthersList({ items, profile, dest }: { items: Other[]; profile: FirmProfile; dest: string }) {
  const { t, i18n } = useTranslation();
  const zh = i18n.language.startsWith('zh');
  return (
    <ul className="mt-2 space-y-2">
      {items.map((o) => {
        const r = reasonLines(o.programme, o.reasons, profile, dest, t, zh);
        return (
          <li key={o.programme.id}>
            <span className="font-bold">{zh ? o.programme.names.zh : o.programme.names.en}</span>
            {'：'}
            {r.failed.map((l) => l.text).join(t('common.listSep'))}
          </li>
        );
      })}
    </ul>
  );
}
