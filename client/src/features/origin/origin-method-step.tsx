import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { originMethodAnswerSchema } from '../../../../domain/wizard/index.js';
import { StepLayout } from '../../components/ui/step-layout.js';
import { RadioGroup } from '../../components/ui/fields.js';
import { issuesToErrors, type FieldErrors } from '../wizard/errors.js';
import { useStepNav } from '../wizard/use-step-nav.js';

export function OriginMethodStep() {
  const { t } = useTranslation();
  const { backTo, save, answers } = useStepNav('origin-method');
  const [method, setMethod] = useState<string | undefined>(answers['origin-method']?.method);
  const [errors, setErrors] = useState<FieldErrors>({});
  const submit = () => {
    const r = originMethodAnswerSchema.safeParse({ method });
    if (!r.success) return setErrors(issuesToErrors(r.error, () => 'method'));
    setErrors({});
    save<'origin-method'>(r.data);
  };
  return (
    <StepLayout
      stepKey="origin-method"
      title={t('wizard.originMethod.heading')}
      caption={t('wizard.caption')}
      backTo={backTo}
      errors={errors}
      onSubmit={submit}
    >
      <p className="mb-4">{t('wizard.originMethod.intro')}</p>
      <RadioGroup
        id="method"
        legend={<span className="sr-only">{t('wizard.originMethod.heading')}</span>}
        options={[
          { value: 'quick', label: t('wizard.originMethod.quick'), hint: t('wizard.originMethod.quickHint') },
          { value: 'bom', label: t('wizard.originMethod.bom'), hint: t('wizard.originMethod.bomHint') },
        ]}
        value={method}
        onChange={setMethod}
        error={errors.method}
      />
    </StepLayout>
  );
}
