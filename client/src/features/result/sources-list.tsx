import { useTranslation } from 'react-i18next';
import type { SourceInfo } from '../../../../domain/schemas/index.js';
import { fmtDate } from '../../lib/format.js';

export function SourcesList({ sources }: { sources: SourceInfo[] }) {
  const { t, i18n } = useTranslation();
  if (!sources.length) return null;
  return (
    <section aria-labelledby="src-h" className="mb-8">
      <h2 id="src-h" className="mb-2 text-xl font-bold">
        {t('result.sources.heading')}
      </h2>
      <ul className="list-disc pl-6 text-sm">
        {sources.map((s) => (
          <li key={s.id}>
            {s.url ? (
              <a className="text-blue-800 underline" href={s.url} rel="noreferrer" target="_blank">
                {s.title}
              </a>
            ) : (
              s.title
            )}
            {' — '}
            {s.publisher}, {t('result.source.asOf', { date: fmtDate(s.asOf, i18n.language) })}
          </li>
        ))}
      </ul>
    </section>
  );
}
