import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { STAFF_NS } from '../staff-i18n.js';
import { fieldId, fieldKey, type FieldErrors } from './field-errors.js';

/** a reason code in words: directory.errors.<reason>, else the staff-wide errors.<reason> */
export function useReason() {
  const { t } = useTranslation(STAFF_NS);
  return (reason: string) =>
    t(`directory.errors.${reason}`, {
      defaultValue: t(`errors.${reason}`, { defaultValue: t('errors.generic', { reason }) }),
    });
}

/** GOV.UK-style error summary: announced, each error links to its field */
export function ErrorList({ errors }: { errors: FieldErrors }) {
  const { t } = useTranslation(STAFF_NS);
  const reason = useReason();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), [errors]);
  if (errors.length === 0) return null;
  return (
    <div
      ref={box}
      tabIndex={-1}
      role="alert"
      aria-labelledby="dir-errors-title"
      className="border-4 border-red-700 p-4"
    >
      <h2 id="dir-errors-title" className="text-lg font-bold">
        {t('directory.errorSummary')}
      </h2>
      <ul className="mt-2 space-y-1">
        {errors.map(([path, r]) => (
          <li key={`${path}-${r}`}>
            <a className="font-bold text-red-700 underline" href={`#${fieldId(path)}`}>
              {path
                ? t('directory.fieldError', { field: t(`directory.field.${fieldKey(path)}`), message: reason(r) })
                : reason(r)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** the inline message of one field (first matching error) */
export function errorFor(errors: FieldErrors, id: string): string | undefined {
  return errors.find(([path]) => fieldId(path) === id)?.[1];
}
