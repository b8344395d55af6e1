import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { productAnswerSchema } from '../../../../domain/wizard/index.js';
import type { Party } from '../../../../domain/schemas/index.js';
import { StepLayout } from '../../components/ui/step-layout.js';
import { InlineError } from '../../components/ui/error-summary.js';
import { useDataService } from '../../lib/data/service.js';
import { fmtCode } from '../../lib/format.js';
import { codeDigits, issuesToErrors, type FieldErrors } from '../wizard/errors.js';
import { useStepNav } from '../wizard/use-step-nav.js';
import { HsBrowse } from './browse.js';
import { ProductCombobox } from './combobox.js';
import { ProductSearch, type Suggestion } from './search.js';

export function ProductStep() {
  const { t } = useTranslation();
  const data = useDataService();
  const { backTo, save, answers } = useStepNav('product');
  const dest = answers.destination?.dest as Party | undefined;
  const hs = useQuery({ queryKey: ['pack', 'hs'], queryFn: () => data.hs() });
  const tariff = useQuery({
    queryKey: ['pack', 'tariff', dest],
    queryFn: () => (dest ? data.tariff(dest) : null),
    enabled: !!dest,
  });
  const index = useMemo(() => new ProductSearch(hs.data ?? null, tariff.data ?? null), [hs.data, tariff.data]);
  const [text, setText] = useState(answers.product ? fmtCode(answers.product.code) : '');
  const [picked, setPicked] = useState<{ code: string; label?: string } | null>(answers.product ?? null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const suggestions = useMemo(() => index.search(text, 10), [index, text]);

  const pick = (s: { code: string; label?: string }) => {
    setPicked(s);
    setText(fmtCode(s.code));
  };
  const onPickSuggestion = (s: Suggestion) => pick({ code: s.code, label: s.term ?? s.zh ?? s.en });

  const submit = () => {
    const typed = codeDigits(text);
    const value = picked && codeDigits(fmtCode(picked.code)) === typed ? picked : { code: typed, label: undefined };
    const r = productAnswerSchema.safeParse(text.trim() === '' ? {} : value);
    // words that found nothing: say what to do instead of "choose a suggestion" when there is none
    if (!r.success && text.trim() !== '' && !/\d/.test(typed) && suggestions.length === 0) {
      setErrors({ product: 'product-no-match' });
      return;
    }
    if (!r.success) {
      setErrors(issuesToErrors(r.error, () => 'product'));
      return;
    }
    setErrors({});
    save<'product'>(r.data);
  };

  return (
    <StepLayout
      stepKey="product"
      title={<label htmlFor="product">{t('wizard.product.heading')}</label>}
      caption={t('wizard.caption')}
      backTo={backTo}
      errors={errors}
      onSubmit={submit}
    >
      <p id="product-hint" className="mb-2 text-slate-600">
        {t('wizard.product.hint')}
      </p>
      <InlineError id="product" reason={errors.product} />
      {hs.isLoading && text.trim() ? (
        <p role="status" className="mb-2 text-slate-700">
          {t('wizard.product.searching')}
        </p>
      ) : null}
      <ProductCombobox
        id="product"
        value={text}
        onChange={(v) => {
          setText(v);
          setPicked(null);
        }}
        suggestions={suggestions}
        onPick={onPickSuggestion}
        describedBy={`product-hint${errors.product ? ' product-error' : ''}`}
        invalid={!!errors.product}
      />
      {picked ? (
        <p className="mt-2" aria-live="polite">
          {t('wizard.product.chosen', { code: fmtCode(picked.code) })} {picked.label ?? ''}
        </p>
      ) : null}
      {hs.isSuccess && !hs.data ? <p className="mt-2 text-slate-700">{t('wizard.product.noNomenclature')}</p> : null}
      <HsBrowse index={index} onPick={(n) => pick({ code: n.code, label: n.zh ?? n.en })} />
    </StepLayout>
  );
}
