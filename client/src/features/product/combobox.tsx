import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fmtCode } from '../../lib/format.js';
import type { Suggestion } from './search.js';

/**
 * ARIA 1.2 combobox with a listbox popup (WAI-ARIA APG "list autocomplete"): focus stays in the
 * input; arrows move aria-activedescendant; Enter picks; Escape closes.
 */
export function ProductCombobox({
  id,
  value,
  onChange,
  suggestions,
  onPick,
  describedBy,
  invalid,
}: {
  id: string;
  value: string;
  onChange: (v: string) => void;
  suggestions: Suggestion[];
  onPick: (s: Suggestion) => void;
  describedBy?: string;
  invalid?: boolean;
}) {
  const { t } = useTranslation();
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const shown = open && suggestions.length > 0;

  const pick = (s: Suggestion) => {
    onPick(s);
    setOpen(false);
    setActive(-1);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, suggestions.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter' && shown && active >= 0) {
      e.preventDefault();
      pick(suggestions[active]);
    } else if (e.key === 'Escape') {
      setOpen(false);
      setActive(-1);
    }
  };
  return (
    <div className="relative max-w-xl">
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={listId}
        aria-activedescendant={shown && active >= 0 ? `${listId}-${active}` : undefined}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKey}
        // the list stays open on blur: it sits in the page flow, and closing it as 继续 is pressed would
        // move the button from under the pointer and lose the click
        className="block w-full border-2 border-slate-800 p-2 text-lg focus:outline-4 focus:outline-yellow-400"
      />
      {shown && suggestions[0]?.corrected ? (
        <p className="mt-1 bg-yellow-50 p-2 text-sm">
          {t('wizard.product.corrected', { q: suggestions[0].corrected })}
        </p>
      ) : null}
      <ul
        id={listId}
        role="listbox"
        aria-label={t('wizard.product.suggestions')}
        className={
          // in the page flow, not floating: the list pushes 继续 and the browse link down instead of covering them
          shown ? 'mt-1 max-h-96 w-full overflow-auto border-2 border-slate-800 bg-white' : 'hidden'
        }
      >
        {shown
          ? suggestions.map((s, i) => (
              <li
                key={`${s.kind}-${s.code}-${s.term ?? ''}`}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                onMouseDown={(e) => {
                  e.preventDefault();
                  pick(s);
                }}
                className={`cursor-pointer border-b border-slate-200 p-2 ${i === active ? 'bg-blue-800 text-white' : ''}`}
              >
                <span className="font-mono font-bold">{s.printed ?? fmtCode(s.code)}</span>{' '}
                {s.term ? <span className="font-bold">{s.term} → </span> : null}
                <span>{s.zh ?? s.en}</span>
                {s.zh ? <span className="block text-sm opacity-80">{s.en}</span> : null}
                <span className="block text-sm opacity-80">
                  {t(`wizard.product.kind.${s.kind}`)} · {t('wizard.product.chapterN', { n: s.chapter })}
                </span>
              </li>
            ))
          : null}
      </ul>
      <p className="sr-only" aria-live="polite">
        {open && value.trim() ? t('wizard.product.resultsCount', { count: suggestions.length }) : ''}
      </p>
    </div>
  );
}
