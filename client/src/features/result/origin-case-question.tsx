import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CaseOutcome, OriginVerdict } from '../../../../domain/origin/types.js';
import {
  codeToCheck,
  encodeAnswers,
  encodeOriginCase,
  ORIGIN_CASE_QUESTION,
  type WizardAnswers,
} from '../../../../domain/wizard/index.js';
import { Button, RadioGroup } from '../../components/ui/fields.js';

function goodsLabel(c: CaseOutcome, lang: string, otherwise: string): string {
  if (c.goods.otherwise) return otherwise;
  const text = c.goods.text;
  const words = lang.startsWith('zh') ? (text?.zh ?? text?.en) : (text?.en ?? text?.zh);
  return words ?? (c.goods.hs ?? []).map((h) => h.code).join(', ');
}

/**
 * "Which of these are your goods?" — asked only when the verdict turns on the case of an Annex 3A rule
 * (ORIGIN_CASE_QUESTION.isSkipped); the answer reloads the result with the case (URL `k`).
 */
export function OriginCaseQuestion({
  verdict,
  answers,
  keep,
}: {
  verdict: OriginVerdict;
  answers: WizardAnswers;
  /** the other sub-answers already in the URL ('&ai=…'), kept */
  keep: string;
}) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [value, setValue] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  const code = codeToCheck(answers);
  const others = keep.replace(/&k=[^&]*/, '');
  const declared = verdict.steps.some((s) => s.step === 'case-selected' && s.reason === 'declared');
  const chosen = verdict.caseIndex !== undefined ? verdict.cases?.[verdict.caseIndex] : undefined;
  if (declared && chosen) {
    // the firm's answer is shown with a way to change it (the question comes back when the verdict turns on it)
    return (
      <p className="mb-6">
        {t('result.origin.caseQuestion.chosen', {
          goods: goodsLabel(chosen, i18n.language, t('result.origin.caseQuestion.otherwise')),
        })}{' '}
        <Button variant="secondary" onClick={() => navigate(`/result?${encodeAnswers(answers)}${others}`)}>
          {t('result.origin.caseQuestion.change')}
        </Button>
      </p>
    );
  }
  if (ORIGIN_CASE_QUESTION.isSkipped(answers, verdict) || !code) return null;
  const submit = () => {
    const r = ORIGIN_CASE_QUESTION.schema.safeParse({ psrCase: value ? Number(value) : undefined, code });
    if (!r.success) return setError('psr-case-required');
    navigate(`/result?${encodeAnswers(answers)}${others}&${encodeOriginCase(r.data)}`);
  };
  return (
    <form
      className="mb-8 border-l-8 border-yellow-500 bg-yellow-50 p-4"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      noValidate
    >
      <RadioGroup
        id="psr-case"
        legendAsHeading
        legend={t('result.origin.caseQuestion.legend')}
        hint={t('result.origin.caseQuestion.hint')}
        options={(verdict.cases ?? []).map((c) => ({
          value: String(c.n),
          label: goodsLabel(c, i18n.language, t('result.origin.caseQuestion.otherwise')),
        }))}
        value={value}
        onChange={(v) => {
          setValue(v);
          setError(undefined);
        }}
        error={error}
      />
      <Button type="submit">{t('result.origin.caseQuestion.submit')}</Button>
    </form>
  );
}
