import type { ReactNode } from 'react';
import { errorFor, useReason } from './error-list.js';
import type { FieldErrors } from './field-errors.js';

const cls = 'block w-full max-w-2xl border-2 border-slate-800 p-2 focus:outline-4 focus:outline-yellow-400';

/** a labelled text input or textarea with its hint and its error (staff namespace) */
export function Field({
  id,
  label,
  hint,
  errors,
  value,
  onChange,
  multiline,
  type = 'text',
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  errors: FieldErrors;
  value: string;
  onChange: (v: string) => void;
  multiline?: boolean;
  type?: 'text' | 'date' | 'url' | 'tel';
}) {
  const reason = useReason();
  const error = errorFor(errors, id);
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name: id,
    className: cls,
    value,
    'aria-describedby': described,
    'aria-invalid': error ? true : undefined,
  };
  return (
    <div className={`mb-4 ${error ? 'border-l-4 border-red-700 pl-3' : ''}`}>
      <label htmlFor={id} className="mb-1 block font-bold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="mb-1 text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="font-bold text-red-700">
          {reason(error)}
        </p>
      ) : null}
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type={type} onChange={(e) => onChange(e.target.value)} />
      )}
    </div>
  );
}
