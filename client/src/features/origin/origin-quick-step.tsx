import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { originQuickAnswerSchema } from '../../../../domain/wizard/index.js';
import { StepLayout } from '../../components/ui/step-layout.js';
import { RadioGroup, TextField } from '../../components/ui/fields.js';
import { issuesToErrors, parseNumber, type FieldErrors } from '../wizard/errors.js';
import { useStepNav } from '../wizard/use-step-nav.js';

export function OriginQuickStep() {
  const { t } = useTranslation();
  const { backTo, save, answers } = useStepNav('origin-quick');
  const prev = answers['origin-quick'];
  const [share, setShare] = useState(prev ? String(prev.share) : '');
  const [wholly, setWholly] = useState<string | undefined>(prev ? (prev.wholly ? 'yes' : 'no') : undefined);
  const [errors, setErrors] = useState<FieldErrors>({});
  const submit = () => {
    const r = originQuickAnswerSchema.safeParse({
      share: share.trim() === '' ? undefined : parseNumber(share),
      wholly: wholly === undefined ? undefined : wholly === 'yes',
    });
    if (!r.success) return setErrors(issuesToErrors(r.error, (p) => (p === 'wholly' ? 'wholly' : 'share')));
    setErrors({});
    save<'origin-quick'>(r.data);
  };
  return (
    <StepLayout
      stepKey="origin-quick"
      title={t('wizard.originQuick.heading')}
      caption={t('wizard.caption')}
      backTo={backTo}
      errors={errors}
      onSubmit={submit}
    >
      <TextField
        id="share"
        label={t('wizard.originQuick.share')}
        hint={t('wizard.originQuick.shareHint')}
        error={errors.share}
        inputMode="decimal"
        className="max-w-[8rem]"
        value={share}
        onChange={(e) => setShare(e.target.value)}
        suffix={<span aria-hidden="true">%</span>}
      />
      <RadioGroup
        id="wholly"
        legend={t('wizard.originQuick.wholly')}
        hint={t('wizard.originQuick.whollyHint')}
        options={[
          { value: 'yes', label: t('common.yes') },
          { value: 'no', label: t('common.no') },
        ]}
        value={wholly}
        onChange={setWholly}
        error={errors.wholly}
      />
      <p className="border-l-4 border-slate-400 pl-3 text-slate-700">{t('wizard.originQuick.limits')}</p>
    </StepLayout>
  );
}
