import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  activeSteps,
  encodeAnswers,
  stepDef,
  type StepId,
  type WizardAnswers,
} from '../../../../domain/wizard/index.js';
import { StepLayout } from '../../components/ui/step-layout.js';
import { summaryText } from './summary-text.js';
import { useStepNav, stepPath } from '../wizard/use-step-nav.js';
import type { TFunction } from 'i18next';
import { useWizard } from '../wizard/wizard-context.js';

/** The line of a step on this page, as the step declares it (domain/wizard/steps.ts). */
export function summarise(a: WizardAnswers, id: StepId, t: TFunction): string | null {
  const v = a[id];
  const def = stepDef(id);
  return v === undefined || !def.summary ? null : summaryText(def.summary(v as never), t);
}

export function CheckAnswersStep() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { backTo, answers } = useStepNav('check-answers');
  const { setAnswer } = useWizard();
  const rows = activeSteps(answers).filter((s) => s !== 'check-answers');
  const submit = () => {
    const next = setAnswer('check-answers', { confirmed: true });
    navigate(`/result?${encodeAnswers(next)}`);
  };
  return (
    <StepLayout
      stepKey="check-answers"
      title={t('wizard.checkAnswers.heading')}
      backTo={backTo}
      errors={{}}
      onSubmit={submit}
      submitLabel={t('wizard.checkAnswers.submit')}
    >
      <dl className="mb-6 divide-y divide-slate-300 border-y border-slate-300">
        {rows.map((id) => (
          <div key={id} className="grid gap-1 py-3 sm:grid-cols-[12rem_1fr_auto]">
            <dt className="font-bold">{t(`wizard.checkAnswers.row.${id}`)}</dt>
            <dd>
              {summarise(answers, id, t) ??
                t(stepDef(id).offered ? 'wizard.checkAnswers.notGiven' : 'wizard.checkAnswers.notAnswered')}
            </dd>
            <dd>
              <Link className="text-blue-800 underline" to={`${stepPath(id)}?change=1`}>
                {t('common.change')}
                <span className="sr-only"> {t(`wizard.checkAnswers.row.${id}`)}</span>
              </Link>
            </dd>
          </div>
        ))}
      </dl>
      <p className="mb-2">{t('wizard.checkAnswers.disclaimer')}</p>
    </StepLayout>
  );
}
