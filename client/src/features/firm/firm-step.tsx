import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  encodeAnswers,
  firmAnswerSchema,
  FIRM_AEO,
  FIRM_DIRECTIONS,
  FIRM_DISTRICTS,
  FIRM_MODELS,
  FIRM_SIZES,
  FIRM_TYPE_ANSWERS,
  YES_NO,
  type FirmAnswer,
} from '../../../../domain/wizard/index.js';
import { StepLayout } from '../../components/ui/step-layout.js';
import { RadioGroup, TextField } from '../../components/ui/fields.js';
import { rememberFirm } from '../../lib/store/repository.js';
import { useStepNav } from '../wizard/use-step-nav.js';
import { useWizard } from '../wizard/wizard-context.js';
import { CheckboxGroup } from './checkbox-group.js';

type One = 'district' | 'direction' | 'size' | 'aeo' | 'creditInsurance';
type Many = 'firmTypes' | 'exportModels';
const ONE: [One, readonly string[]][] = [
  ['district', FIRM_DISTRICTS],
  ['direction', FIRM_DIRECTIONS],
  ['size', FIRM_SIZES],
  ['aeo', FIRM_AEO],
  ['creditInsurance', YES_NO],
];
const MANY: [Many, readonly string[]][] = [
  ['firmTypes', FIRM_TYPE_ANSWERS],
  ['exportModels', FIRM_MODELS],
];

const fromMany = (v: FirmAnswer[Many]): string[] =>
  v === undefined ? [] : v === 'unsure' ? ['unsure'] : v.length ? [...v] : ['none'];
const toMany = (v: string[]): string[] | 'unsure' | undefined =>
  v.includes('unsure') ? 'unsure' : v.includes('none') ? [] : v.length ? v : undefined;

/**
 * The optional questions about the firm. Every question has "not sure / skip"; the answers are
 * remembered on this device for the next enquiry. Opened from 'check your answers' or from the
 * result page (?from=result returns there).
 */
export function FirmStep() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const fromResult = new URLSearchParams(useLocation().search).get('from') === 'result';
  const { backTo, save, answers } = useStepNav('firm');
  const { setAnswer } = useWizard();
  const prev = answers.firm ?? {};
  const [one, setOne] = useState<Partial<Record<One, string>>>(() =>
    Object.fromEntries(ONE.map(([q]) => [q, prev[q]]).filter(([, v]) => v !== undefined)),
  );
  const [many, setMany] = useState<Record<Many, string[]>>({
    firmTypes: fromMany(prev.firmTypes),
    exportModels: fromMany(prev.exportModels),
  });
  const [name, setName] = useState(prev.name ?? '');

  const submit = () => {
    const r = firmAnswerSchema.safeParse({
      ...one,
      firmTypes: toMany(many.firmTypes),
      exportModels: toMany(many.exportModels),
      ...(name.trim() ? { name: name.trim() } : {}),
    });
    if (!r.success) return;
    void rememberFirm(r.data).catch(() => undefined);
    if (fromResult) navigate(`/result?${encodeAnswers(setAnswer('firm', r.data))}`);
    else save<'firm'>(r.data);
  };

  return (
    <StepLayout
      stepKey="firm"
      title={t('wizard.firm.heading')}
      backTo={fromResult ? `/result?${encodeAnswers(answers)}` : backTo}
      errors={{}}
      onSubmit={submit}
    >
      <p className="mb-4">{t('wizard.firm.intro')}</p>
      {ONE.map(([q, values]) => (
        <RadioGroup
          key={q}
          id={`firm-${q}`}
          legend={t(`wizard.firm.${q}.question`)}
          hint={q === 'size' ? t('wizard.firm.size.hint') : undefined}
          options={[...values, 'unsure'].map((v) => ({
            value: v,
            label: t(v === 'unsure' ? 'wizard.firm.unsure' : `wizard.firm.${q}.${v}`),
          }))}
          value={one[q]}
          onChange={(v) => setOne((o) => ({ ...o, [q]: v }))}
        />
      ))}
      {MANY.map(([q, values]) => (
        <CheckboxGroup
          key={q}
          id={`firm-${q}`}
          legend={t(`wizard.firm.${q}.question`)}
          hint={t(`wizard.firm.${q}.hint`)}
          options={[...values, 'none', 'unsure'].map((v) => ({
            value: v,
            label: t(
              v === 'unsure'
                ? 'wizard.firm.unsure'
                : v === 'none'
                  ? 'wizard.firm.noneOfThese'
                  : `wizard.firm.${q}.${v}`,
            ),
          }))}
          value={many[q]}
          onChange={(v) => setMany((m) => ({ ...m, [q]: v }))}
        />
      ))}
      <TextField
        id="firm-name"
        label={t('wizard.firm.name.label')}
        hint={t('wizard.firm.name.hint')}
        value={name}
        maxLength={100}
        onChange={(e) => setName(e.target.value)}
      />
    </StepLayout>
  );
}
