import { useCallback } from 'react';
import { useLocation, useNavigate } from 'react-router';
import {
  nextStep,
  previousStep,
  firstIncomplete,
  type StepId,
  type WizardAnswers,
} from '../../../../domain/wizard/index.js';
import { useWizard } from './wizard-context.js';

export const stepPath = (id: StepId) => `/check/${id}`;

/**
 * Back link target and "Continue" for a step. After a Change link (?change=1) Continue returns to
 * 'check your answers' unless the change left another step unanswered.
 */
export function useStepNav(id: StepId) {
  const { answers, setAnswer } = useWizard();
  const navigate = useNavigate();
  const changing = new URLSearchParams(useLocation().search).get('change') === '1';
  const prev = previousStep(answers, id);
  const backTo = changing ? stepPath('check-answers') : prev ? stepPath(prev) : '/';

  const save = useCallback(
    <K extends StepId>(value: WizardAnswers[K]) => {
      const next = setAnswer(id as K, value);
      const missing = firstIncomplete(next);
      let to: StepId | null;
      if (changing) to = missing ?? 'check-answers';
      else to = nextStep(next, id);
      navigate(to ? stepPath(to) + (changing && missing ? '?change=1' : '') : stepPath('check-answers'));
    },
    [id, setAnswer, navigate, changing],
  );
  return { backTo, save, answers };
}
