import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/fields.js';
import { STAFF_NS } from '../staff-i18n.js';

/** an editable list (steps, documents): each item in its own group, with add and remove */
export function ListEditor<T>({
  id,
  legend,
  items,
  onChange,
  blank,
  itemLabel,
  addLabel,
  removeLabel,
  render,
}: {
  id: string;
  legend: string;
  items: T[];
  onChange: (next: T[]) => void;
  blank: () => T;
  itemLabel: (n: number) => string;
  addLabel: string;
  removeLabel: (n: number) => string;
  render: (item: T, i: number, set: (v: T) => void) => ReactNode;
}) {
  const { t } = useTranslation(STAFF_NS);
  return (
    <fieldset id={id} className="space-y-3 border-2 border-slate-300 p-4">
      <legend className="px-1 text-xl font-bold">{legend}</legend>
      {items.length === 0 ? <p>{t('directory.listEmpty')}</p> : null}
      {items.map((item, i) => (
        <div key={i} role="group" aria-label={itemLabel(i + 1)} className="border-l-4 border-slate-300 pl-3">
          <p className="font-bold">{itemLabel(i + 1)}</p>
          {render(item, i, (v) => onChange(items.map((x, j) => (j === i ? v : x))))}
          <Button variant="secondary" onClick={() => onChange(items.filter((_, j) => j !== i))}>
            {removeLabel(i + 1)}
          </Button>
        </div>
      ))}
      <Button variant="secondary" onClick={() => onChange([...items, blank()])}>
        {addLabel}
      </Button>
    </fieldset>
  );
}
