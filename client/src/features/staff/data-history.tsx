import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/fields.js';
import type { PublicationList, UploadPack } from '../../../../domain/schemas/staff-data.js';
import { staffGet, staffPost } from './staff-api.js';
import { StaffError } from './staff-error.js';
import { STAFF_NS } from './staff-i18n.js';

export const publicationsKey = (pack: UploadPack) => ['staff', 'publications', pack];

/** every publish of one pack (who, when, file, sha256) with rollback, and the way back to the boot pack */
export function PublicationHistory({ pack }: { pack: UploadPack }) {
  const { t } = useTranslation(STAFF_NS);
  const qc = useQueryClient();
  const list = useQuery({
    queryKey: publicationsKey(pack),
    queryFn: () => staffGet<PublicationList>(`/data/publications?pack=${pack}`),
  });
  const rollback = useMutation({
    mutationFn: (id: string) => staffPost<{ active: string }>(`/data/publications/${id}/activate`, { pack }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: publicationsKey(pack) }),
  });
  const packName = t(`dataUpload.kinds.${pack}`);
  return (
    <section aria-labelledby="data-history" className="space-y-2">
      <h2 id="data-history" className="text-xl font-bold">
        {t('dataUpload.historyOf', { pack: packName })}
      </h2>
      <StaffError error={rollback.error} />
      {list.data && !list.data.publications.length ? <p>{t('dataUpload.noPublications')}</p> : null}
      <ul className="space-y-1">
        {(list.data?.publications ?? []).map((p) => (
          <li key={p.id}>
            {p.publishedAt.slice(0, 16).replace('T', ' ')} · {packName} · {p.publishedBy} · {p.sourceName} ·{' '}
            <span className="font-mono text-sm" title={p.sourceSha256}>
              sha256 {p.sourceSha256.slice(0, 12)}
            </span>{' '}
            {p.active ? `(${t('data.active')})` : ''}{' '}
            {!p.active ? (
              <Button variant="secondary" onClick={() => rollback.mutate(p.id)}>
                {t('data.rollback')}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      <Button variant="secondary" onClick={() => rollback.mutate('original')}>
        {t('dataUpload.original', { pack: packName })}
      </Button>
      {rollback.data ? <p role="status">{t('dataUpload.rolledBack', { pack: packName })}</p> : null}
    </section>
  );
}
