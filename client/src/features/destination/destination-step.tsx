import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { destinationAnswerSchema, type DestinationAnswer } from '../../../../domain/wizard/index.js';
import { DESTINATIONS } from '../../../../domain/schemas/index.js';
import { PARTIES } from '../../../../domain/parties.js';
import { StepLayout } from '../../components/ui/step-layout.js';
import { InlineError } from '../../components/ui/error-summary.js';
import { useDataService } from '../../lib/data/service.js';
import { loadStatus, type LoadStatus } from '../../lib/data/meta.js';
import { issuesToErrors, type FieldErrors } from '../wizard/errors.js';
import { useStepNav } from '../wizard/use-step-nav.js';

const TAG: Record<LoadStatus, string> = {
  loaded: 'bg-green-100 text-green-900',
  'partly-loaded': 'bg-yellow-100 text-yellow-900',
  'not-loaded': 'bg-slate-200 text-slate-800',
};

export function DestinationStep() {
  const { t } = useTranslation();
  const data = useDataService();
  const { backTo, save, answers } = useStepNav('destination');
  const meta = useQuery({ queryKey: ['meta'], queryFn: () => data.meta() });
  const [dest, setDest] = useState<string | undefined>(answers.destination?.dest);
  const [errors, setErrors] = useState<FieldErrors>({});

  const submit = () => {
    const r = destinationAnswerSchema.safeParse({ dest });
    if (!r.success) return setErrors(issuesToErrors(r.error, () => 'dest'));
    setErrors({});
    save<'destination'>(r.data as DestinationAnswer);
  };

  const group = (asean: boolean) => DESTINATIONS.filter((p) => PARTIES[p].asean === asean);
  const first = DESTINATIONS.filter((p) => PARTIES[p].asean)[0];
  const status = (p: string): LoadStatus | null =>
    meta.data ? loadStatus(meta.data.coverage[p as keyof typeof meta.data.coverage]) : null;

  return (
    <StepLayout
      stepKey="destination"
      title={t('wizard.destination.heading')}
      caption={t('wizard.caption')}
      backTo={backTo}
      errors={errors}
      onSubmit={submit}
    >
      <p id="dest-hint" className="mb-4 text-slate-600">
        {t('wizard.destination.hint')}
      </p>
      <InlineError id="dest" reason={errors.dest} />
      {[true, false].map((asean) => (
        <fieldset key={String(asean)} className="mb-6" aria-describedby="dest-hint">
          <legend className="mb-2 text-lg font-bold">
            {t(asean ? 'wizard.destination.asean' : 'wizard.destination.others')}
          </legend>
          <div className="grid gap-2 sm:grid-cols-2">
            {group(asean).map((p) => {
              const id = p === first ? 'dest' : `dest-${p}`;
              const s = status(p);
              return (
                <div key={p} className="flex items-start gap-3">
                  <input
                    type="radio"
                    id={id}
                    name="dest"
                    value={p}
                    checked={dest === p}
                    onChange={() => setDest(p)}
                    className="mt-1 h-6 w-6 shrink-0"
                  />
                  <label htmlFor={id} className="cursor-pointer">
                    <span className="block">{t(`parties.${p}`)}</span>
                    {s ? (
                      <span className={`mt-1 inline-block px-2 text-sm ${TAG[s]}`}>
                        {t(`wizard.destination.status.${s}`)}
                      </span>
                    ) : null}
                  </label>
                </div>
              );
            })}
          </div>
        </fieldset>
      ))}
      {meta.isSuccess && !meta.data ? <p className="text-slate-700">{t('wizard.destination.noMeta')}</p> : null}
      <details className="mb-4">
        <summary className="cursor-pointer text-blue-800 underline">{t('wizard.destination.statusHelp')}</summary>
        <ul className="mt-2 list-disc pl-6">
          <li>{t('wizard.destination.status.loaded-help')}</li>
          <li>{t('wizard.destination.status.partly-loaded-help')}</li>
          <li>{t('wizard.destination.status.not-loaded-help')}</li>
        </ul>
      </details>
    </StepLayout>
  );
}
