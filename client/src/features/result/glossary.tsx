import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Trade terms explained in one plain sentence where they appear (texts: locales `glossary.<id>`). */
export const GLOSSARY_TERMS = [
  'acfta',
  'formE',
  'rvc',
  'cth',
  'ctsh',
  'cc',
  'wo',
  'certificate',
  'approvedExporter',
  'advanceRuling',
  'mfn',
  'deMinimis',
  'accumulation',
] as const;
export type GlossaryTerm = (typeof GLOSSARY_TERMS)[number];

/**
 * The term as written, followed by a small "?" button that opens its plain explanation in place
 * (a disclosure: keyboard and screen readers get the same text; nothing hovers away).
 */
export function Term({ id, label }: { id: GlossaryTerm; label?: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const panel = useId();
  const term = label ?? t(`glossary.${id}.term`);
  return (
    <span className="term">
      {term}
      <button
        type="button"
        className="ml-0.5 inline-flex h-5 w-5 items-center justify-center rounded-full border border-blue-800 align-middle text-xs font-bold text-blue-800 print:hidden"
        aria-expanded={open}
        aria-controls={panel}
        aria-label={t('glossary.explain', { term })}
        onClick={() => setOpen((o) => !o)}
      >
        ?
      </button>
      <span id={panel} role="note" hidden={!open} className="mx-1 bg-yellow-50 px-1 text-base font-normal">
        {t(`glossary.${id}.def`)}
      </span>
    </span>
  );
}
