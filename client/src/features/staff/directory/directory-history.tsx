import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/fields.js';
import { STAFF_NS } from '../staff-i18n.js';
import type { DirectoryAnswer, DirectoryEditRecord } from '../../../../../domain/schemas/staff-data.js';
import { fieldKey } from './field-errors.js';

const when = (iso: string) => iso.slice(0, 16).replace('T', ' ');

/** every edit, newest first (who, when, what, source), with rollback to any of them or to the seeds */
export function DirectoryHistory({ dir, onActivate }: { dir: DirectoryAnswer; onActivate: (id: string) => void }) {
  const { t, i18n } = useTranslation(STAFF_NS);
  const zh = i18n.language.startsWith('zh');
  const nameOf = (r: DirectoryEditRecord['report']) => {
    const x = r.kind === 'unit' ? dir.units.find((u) => u.id === r.id) : dir.programmes.find((p) => p.id === r.id);
    return x ? (zh ? x.names.zh : x.names.en) : r.id;
  };
  const sourceOf = (s: DirectoryEditRecord['report']['source']) =>
    s.kind === 'published'
      ? t('directory.sourceLine', { title: s.title, reference: s.reference, asOf: s.asOf })
      : t('directory.policyLine', {
          doc: s.citation.part ? `${s.citation.doc} ${s.citation.part}` : s.citation.doc,
          item: s.citation.item,
        });
  return (
    <section aria-labelledby="dir-history" className="space-y-2">
      <h2 id="dir-history" className="text-2xl font-bold">
        {t('directory.history')}
      </h2>
      {dir.history.length === 0 ? <p>{t('directory.historyEmpty')}</p> : null}
      <ol className="space-y-3">
        {dir.history.map((h) => (
          <li key={h.id} className="border-l-4 border-slate-400 pl-3">
            <p className="font-bold">
              {t('directory.historyItem', {
                at: when(h.publishedAt),
                who: h.publishedBy,
                record: nameOf(h.report),
              })}{' '}
              {h.active ? `(${t('directory.active')})` : ''}
            </p>
            <p>
              {t('directory.changed', {
                list: h.report.changes
                  .map((c) => t(`directory.field.${fieldKey(c.field)}`))
                  .join(t('directory.listSep')),
              })}
            </p>
            <p className="text-sm text-slate-700">{sourceOf(h.report.source)}</p>
            {!h.active ? (
              <Button variant="secondary" onClick={() => onActivate(h.id)}>
                {t('directory.rollback', { at: when(h.publishedAt) })}
              </Button>
            ) : null}
          </li>
        ))}
      </ol>
      {dir.version !== 'original' ? (
        <Button variant="secondary" onClick={() => onActivate('original')}>
          {t('directory.original')}
        </Button>
      ) : null}
    </section>
  );
}
