import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from './error-summary.js';
import type { FieldErrors } from '../../features/wizard/errors.js';

/**
 * GOV.UK question page: back link, caption, one h1 (focused on arrival), error summary,
 * the question, a Continue button. The step decides nothing about the flow.
 */
export function StepLayout({
  stepKey,
  title,
  caption,
  backTo,
  errors,
  onSubmit,
  children,
  submitLabel,
}: {
  stepKey: string;
  title: ReactNode;
  caption?: ReactNode;
  backTo: string;
  errors: FieldErrors;
  onSubmit: () => void;
  children: ReactNode;
  submitLabel?: ReactNode;
}) {
  const { t } = useTranslation();
  const h1 = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    h1.current?.focus();
  }, [stepKey]);
  const hasErrors = Object.keys(errors).length > 0;
  useEffect(() => {
    if (hasErrors) document.getElementById('error-summary-title')?.parentElement?.focus();
  }, [hasErrors, errors]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <div className="mx-auto max-w-3xl">
      <Link to={backTo} className="mb-4 inline-block text-blue-800 underline">
        ‹ {t('common.back')}
      </Link>
      <ErrorSummary errors={errors} />
      <form noValidate onSubmit={submit}>
        {caption ? <p className="text-slate-600">{caption}</p> : null}
        <h1 ref={h1} tabIndex={-1} className="mb-6 text-2xl font-bold focus:outline-none sm:text-3xl">
          {title}
        </h1>
        {children}
        <button
          type="submit"
          className="mt-4 bg-green-800 px-5 py-2 text-lg font-bold text-white shadow-[0_2px_0_#000] hover:bg-green-900 focus:outline-4 focus:outline-yellow-400"
        >
          {submitLabel ?? t('common.continue')}
        </button>
      </form>
    </div>
  );
}
