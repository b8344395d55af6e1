import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { lineAnswerSchema } from '../../../../domain/wizard/index.js';
import type { Party, TariffLine } from '../../../../domain/schemas/index.js';
import { StepLayout } from '../../components/ui/step-layout.js';
import { RadioGroup } from '../../components/ui/fields.js';
import { useDataService } from '../../lib/data/service.js';
import { fmtCode } from '../../lib/format.js';
import { issuesToErrors, type FieldErrors } from '../wizard/errors.js';
import { useStepNav } from '../wizard/use-step-nav.js';

const MAX = 60;

/** Narrow a 4/6-digit product to the destination's national line (or keep the HS code). */
export function LineStep() {
  const { t } = useTranslation();
  const data = useDataService();
  const { backTo, save, answers } = useStepNav('line');
  const dest = answers.destination?.dest as Party | undefined;
  const code = answers.product?.code ?? '';
  const tariff = useQuery({
    queryKey: ['pack', 'tariff', dest],
    queryFn: () => (dest ? data.tariff(dest) : null),
    enabled: !!dest,
  });
  const lines: TariffLine[] = useMemo(
    () =>
      (tariff.data?.lines ?? []).filter((l) => l.code.startsWith(code)).sort((a, b) => a.code.localeCompare(b.code)),
    [tariff.data, code],
  );
  const [value, setValue] = useState<string | undefined>(answers.line?.code);
  const [errors, setErrors] = useState<FieldErrors>({});

  const submit = () => {
    const r = lineAnswerSchema.safeParse({ code: value });
    if (!r.success) return setErrors(issuesToErrors(r.error, () => 'line'));
    setErrors({});
    save<'line'>(r.data);
  };

  const destName = dest ? t(`parties.${dest}`) : '';
  const options = [
    ...lines.slice(0, MAX).map((l) => ({
      value: l.code,
      label: (
        <>
          <span className="font-mono font-bold">{l.printed ?? fmtCode(l.code)}</span> {l.desc}
        </>
      ),
    })),
    {
      value: code,
      label: t('wizard.line.keepCode', { code: fmtCode(code) }),
      hint: t('wizard.line.keepCodeHint'),
    },
  ];

  return (
    <StepLayout
      stepKey="line"
      title={t('wizard.line.heading', { dest: destName })}
      caption={t('wizard.caption')}
      backTo={backTo}
      errors={errors}
      onSubmit={submit}
    >
      {tariff.isLoading ? <p>{t('common.loading')}</p> : null}
      {tariff.isSuccess && lines.length === 0 ? (
        <p className="mb-4 border-l-4 border-slate-400 pl-3">{t('wizard.line.noLines', { dest: destName })}</p>
      ) : null}
      {lines.length > MAX ? (
        <p className="mb-2">{t('wizard.line.tooMany', { count: lines.length, max: MAX })}</p>
      ) : null}
      <RadioGroup
        id="line"
        legend={<span className="sr-only">{t('wizard.line.legend')}</span>}
        hint={t('wizard.line.hint')}
        options={options}
        value={value}
        onChange={setValue}
        error={errors.line}
      />
    </StepLayout>
  );
}
