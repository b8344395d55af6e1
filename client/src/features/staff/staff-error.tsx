import { useTranslation } from 'react-i18next';
import { STAFF_NS } from './staff-i18n.js';
import { reasonOf } from './use-me.js';

/** a staff API error as a sentence (reason code -> staff:errors.<reason>) */
export function StaffError({ error }: { error: unknown }) {
  const { t } = useTranslation(STAFF_NS);
  if (!error) return null;
  const reason = reasonOf(error);
  return (
    <p role="alert" className="border-l-4 border-red-700 pl-3 font-bold text-red-700">
      {t(`errors.${reason}`, { defaultValue: t('errors.generic', { reason }) })}
    </p>
  );
}
