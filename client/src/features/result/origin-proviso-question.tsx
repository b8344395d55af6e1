import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { OriginVerdict } from '../../../../domain/origin/types.js';
import {
  codeToCheck,
  encodeAnswers,
  encodeOriginProviso,
  ORIGIN_PROVISO_QUESTION,
  type WizardAnswers,
} from '../../../../domain/wizard/index.js';
import { Button, RadioGroup } from '../../components/ui/fields.js';

/**
 * The 38.08 proviso as one yes/no question — only when the verdict turns on it (ORIGIN_PROVISO_QUESTION.isSkipped);
 * the answer reloads the result with it (URL `ai`).
 */
export function OriginProvisoQuestion({
  verdict,
  answers,
  keep,
}: {
  verdict: OriginVerdict;
  answers: WizardAnswers;
  keep: string;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [value, setValue] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  const code = codeToCheck(answers);
  if (ORIGIN_PROVISO_QUESTION.isSkipped(answers, verdict) || !code) return null;
  const submit = () => {
    const r = ORIGIN_PROVISO_QUESTION.schema.safeParse({
      activeIngredientsOriginating: value === undefined ? undefined : value === 'yes',
      code,
    });
    if (!r.success) return setError('active-ingredients-required');
    const others = keep.replace(/&ai=[^&]*/, '');
    navigate(`/result?${encodeAnswers(answers)}${others}&${encodeOriginProviso(r.data)}`);
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
        id="active-ingredients"
        legendAsHeading
        legend={t('result.origin.provisoQuestion.legend')}
        hint={t('result.origin.provisoQuestion.hint')}
        options={[
          { value: 'yes', label: t('common.yes') },
          { value: 'no', label: t('common.no') },
        ]}
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
