import type { InputHTMLAttributes, ReactNode } from 'react';
import { InlineError } from './error-summary.js';

const inputCls = 'block w-full max-w-md border-2 border-slate-800 p-2 focus:outline-4 focus:outline-yellow-400';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  suffix?: ReactNode;
}

export function TextField({ id, label, hint, error, suffix, className, ...rest }: TextFieldProps) {
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`mb-5 ${error ? 'border-l-4 border-red-700 pl-3' : ''}`}>
      <label htmlFor={id} className="mb-1 block font-bold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="mb-1 text-slate-600">
          {hint}
        </p>
      ) : null}
      <InlineError id={id} reason={error} />
      <div className="flex items-center gap-2">
        <input
          id={id}
          name={id}
          className={`${inputCls} ${className ?? ''}`}
          aria-describedby={described}
          aria-invalid={error ? true : undefined}
          {...rest}
        />
        {suffix}
      </div>
    </div>
  );
}

export interface RadioOption {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
}

export function RadioGroup({
  id,
  legend,
  hint,
  options,
  value,
  onChange,
  error,
  legendAsHeading,
}: {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  options: RadioOption[];
  value: string | undefined;
  onChange: (v: string) => void;
  error?: string;
  legendAsHeading?: boolean;
}) {
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={`mb-6 ${error ? 'border-l-4 border-red-700 pl-3' : ''}`} aria-describedby={described}>
      <legend className={legendAsHeading ? 'mb-2 text-xl font-bold' : 'mb-2 font-bold'}>{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="mb-2 text-slate-600">
          {hint}
        </p>
      ) : null}
      <InlineError id={id} reason={error} />
      <div className="space-y-2">
        {options.map((o, i) => {
          const oid = i === 0 ? id : `${id}-${o.value}`;
          return (
            <div key={o.value} className="flex items-start gap-3">
              <input
                type="radio"
                id={oid}
                name={id}
                value={o.value}
                checked={value === o.value}
                onChange={() => onChange(o.value)}
                className="mt-1 h-6 w-6 shrink-0"
                aria-describedby={o.hint ? `${oid}-hint` : undefined}
              />
              <label htmlFor={oid} className="cursor-pointer">
                <span className="block">{o.label}</span>
                {o.hint ? (
                  <span id={`${oid}-hint`} className="block text-sm text-slate-600">
                    {o.hint}
                  </span>
                ) : null}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

export function Button({
  children,
  variant = 'primary',
  ...rest
}: React.ButtonHTMLAttributes<HTMLButtonElement> & { variant?: 'primary' | 'secondary' | 'warning' }) {
  const cls = {
    primary: 'bg-green-800 text-white hover:bg-green-900',
    secondary: 'bg-slate-200 text-slate-900 hover:bg-slate-300',
    warning: 'bg-red-700 text-white hover:bg-red-800',
  }[variant];
  return (
    <button
      type="button"
      className={`${cls} px-4 py-2 font-bold shadow-[0_2px_0_#000] focus:outline-4 focus:outline-yellow-400`}
      {...rest}
    >
      {children}
    </button>
  );
}
