import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../features/wizard/errors.js';

/** GOV.UK error summary: announced (role=alert), each error links to its field. */
export function ErrorSummary({ errors }: { errors: FieldErrors }) {
  const { t } = useTranslation();
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <div role="alert" tabIndex={-1} aria-labelledby="error-summary-title" className="mb-6 border-4 border-red-700 p-4">
      <h2 id="error-summary-title" className="text-lg font-bold">
        {t('common.errorSummary')}
      </h2>
      <ul className="mt-2 list-none space-y-1">
        {entries.map(([field, reason]) => (
          <li key={field}>
            <a className="font-bold text-red-700 underline" href={`#${field}`}>
              {t(`errors.${reason}`)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function InlineError({ id, reason }: { id: string; reason?: string }) {
  const { t } = useTranslation();
  if (!reason) return null;
  return (
    <p id={`${id}-error`} className="font-bold text-red-700">
      <span className="sr-only">{t('common.errorPrefix')}</span>
      {t(`errors.${reason}`)}
    </p>
  );
}
