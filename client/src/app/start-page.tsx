import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { firstIncomplete } from '../../../domain/wizard/index.js';
import { useWizard } from '../features/wizard/wizard-context.js';
import { stepPath } from '../features/wizard/use-step-nav.js';

export function StartPage() {
  const { t } = useTranslation();
  const { answers, reset } = useWizard();
  const h1 = useRef<HTMLHeadingElement>(null);
  useEffect(() => h1.current?.focus(), []);
  const started = Object.keys(answers).length > 0;
  const resumeAt = firstIncomplete(answers) ?? 'check-answers';
  return (
    <div className="mx-auto max-w-3xl">
      <h1 ref={h1} tabIndex={-1} className="mb-4 text-3xl font-bold focus:outline-none">
        {t('start.heading')}
      </h1>
      <p className="mb-3 text-lg">{t('start.lead')}</p>
      <ul className="mb-4 list-disc pl-6">
        <li>{t('start.list.rate')}</li>
        <li>{t('start.list.origin')}</li>
        <li>{t('start.list.prepare')}</li>
        <li>{t('start.list.support')}</li>
      </ul>
      <p className="mb-6">{t('start.time')}</p>
      <div className="flex flex-wrap gap-4">
        {started ? (
          <Link
            to={stepPath(resumeAt)}
            className="bg-green-800 px-5 py-2 text-lg font-bold text-white shadow-[0_2px_0_#000] no-underline"
          >
            {t('start.resume')}
          </Link>
        ) : null}
        <Link
          to={stepPath('product')}
          onClick={() => started && reset()}
          className={`${started ? 'bg-slate-200 text-slate-900' : 'bg-green-800 text-white'} px-5 py-2 text-lg font-bold shadow-[0_2px_0_#000] no-underline`}
        >
          {t(started ? 'start.restart' : 'start.button')}
        </Link>
      </div>
      <p className="mt-8 text-sm text-slate-700">{t('start.note')}</p>
    </div>
  );
}
