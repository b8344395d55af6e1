import type { ReactNode } from 'react';

/** A question with several answers that may all hold; `unsure` clears the others (and back). */
export function CheckboxGroup({
  id,
  legend,
  hint,
  options,
  value,
  onChange,
}: {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  options: { value: string; label: ReactNode }[];
  value: string[];
  onChange: (v: string[]) => void;
}) {
  const toggle = (v: string, on: boolean) => {
    if (!on) return onChange(value.filter((x) => x !== v));
    if (v === 'unsure' || v === 'none') return onChange([v]);
    onChange([...value.filter((x) => x !== 'unsure' && x !== 'none'), v]);
  };
  return (
    <fieldset className="mb-6" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend className="mb-2 font-bold">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="mb-2 text-slate-600">
          {hint}
        </p>
      ) : null}
      <div className="space-y-2">
        {options.map((o) => {
          const oid = `${id}-${o.value}`;
          return (
            <div key={o.value} className="flex items-start gap-3">
              <input
                type="checkbox"
                id={oid}
                checked={value.includes(o.value)}
                onChange={(e) => toggle(o.value, e.target.checked)}
                className="mt-1 h-6 w-6 shrink-0"
              />
              <label htmlFor={oid} className="cursor-pointer">
                {o.label}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
