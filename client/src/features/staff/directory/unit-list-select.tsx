import { useTranslation } from 'react-i18next';
import type { ContactUnit } from '../../../../../domain/schemas/programme.js';
import { STAFF_NS } from '../staff-i18n.js';
import { errorFor, useReason } from './error-list.js';
import type { FieldErrors } from './field-errors.js';

/** choose several contact units (by id) for one of a programme's unit lists */
export function UnitListSelect({
  id,
  label,
  hintId,
  units,
  value,
  onChange,
  errors,
  zh,
}: {
  id: string;
  label: string;
  hintId: string;
  units: ContactUnit[];
  value: string[];
  onChange: (ids: string[]) => void;
  errors: FieldErrors;
  zh: boolean;
}) {
  const { t } = useTranslation(STAFF_NS);
  const reason = useReason();
  const error = errorFor(errors, id);
  const byId = new Map(units.map((u) => [u.id, u]));
  const chosen = value.map((v) => byId.get(v)).map((u, i) => (u ? (zh ? u.names.zh : u.names.en) : value[i]));
  return (
    <div className={`mb-4 ${error ? 'border-l-4 border-red-700 pl-3' : ''}`}>
      <label htmlFor={id} className="mb-1 block font-bold">
        {label}
      </label>
      {error ? (
        <p id={`${id}-error`} className="font-bold text-red-700">
          {reason(error)}
        </p>
      ) : null}
      <select
        id={id}
        multiple
        size={6}
        className="w-full max-w-2xl border-2 border-slate-800 p-2"
        value={value}
        aria-describedby={[hintId, `${id}-chosen`, error ? `${id}-error` : ''].filter(Boolean).join(' ')}
        onChange={(e) => onChange([...e.target.selectedOptions].map((o) => o.value))}
      >
        {units.map((u) => (
          <option key={u.id} value={u.id}>
            {zh ? u.names.zh : u.names.en} ({u.id})
          </option>
        ))}
      </select>
      <p id={`${id}-chosen`} className="text-sm text-slate-700">
        {chosen.length
          ? t('directory.chosen', { list: chosen.join(t('directory.listSep')) })
          : t('directory.noneChosen')}
      </p>
    </div>
  );
}
