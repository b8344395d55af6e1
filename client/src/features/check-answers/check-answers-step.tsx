import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { activeSteps, encodeAnswers, type StepId, type WizardAnswers } from '../../../../domain/wizard/index.js';
import { StepLayout } from '../../components/ui/step-layout.js';
import { fmtCode, fmtDate, fmtMoney, fmtNumber, fmtPct } from '../../lib/format.js';
import { useStepNav, stepPath } from '../wizard/use-step-nav.js';
import type { TFunction } from 'i18next';
import { useWizard } from '../wizard/wizard-context.js';

export function summarise(a: WizardAnswers, id: StepId, t: TFunction): string | null {
  switch (id) {
    case 'product':
      return a.product ? `${fmtCode(a.product.code)} ${a.product.label ?? ''}`.trim() : null;
    case 'destination':
      return a.destination ? t(`parties.${a.destination.dest}`) : null;
    case 'line':
      return a.line ? fmtCode(a.line.code) : null;
    case 'origin-method':
      return a['origin-method'] ? t(`wizard.originMethod.${a['origin-method'].method}`) : null;
    case 'origin-quick': {
      const q = a['origin-quick'];
      if (q?.wholly) return t('wizard.checkAnswers.quickWholly');
      return q
        ? t('wizard.checkAnswers.quickSummary', {
            share: fmtPct(q.share),
            wholly: t(q.wholly ? 'common.yes' : 'common.no'),
          })
        : null;
    }
    case 'origin-bom': {
      const b = a['origin-bom'];
      return b ? t('wizard.checkAnswers.bomSummary', { count: b.materials.length, fob: fmtNumber(b.fob) }) : null;
    }
    case 'shipment': {
      const s = a.shipment;
      if (!s) return null;
      const parts = [fmtDate(s.date)];
      if (s.value !== undefined && s.currency) parts.push(fmtMoney(s.value, s.currency));
      if (s.quantity !== undefined) parts.push(t('wizard.checkAnswers.quantity', { q: fmtNumber(s.quantity) }));
      return parts.join(' · ');
    }
    default:
      return null;
  }
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
            <dd>{summarise(answers, id, t) ?? t('wizard.checkAnswers.notAnswered')}</dd>
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
