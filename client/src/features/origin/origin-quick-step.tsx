import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { originQuickAnswerSchema } from '../../../../domain/wizard/index.js';
import type { Party } from '../../../../domain/schemas/index.js';
import { findRule, indexPsrRows } from '../../../../domain/origin/find-rule.js';
import { renderPsrRule } from '../../../../domain/origin/render-rule.js';
import { StepLayout } from '../../components/ui/step-layout.js';
import { RadioGroup, TextField } from '../../components/ui/fields.js';
import { useDataService } from '../../lib/data/service.js';
import { fmtCode } from '../../lib/format.js';
import { issuesToErrors, parseNumber, type FieldErrors } from '../wizard/errors.js';
import { useStepNav } from '../wizard/use-step-nav.js';

/**
 * Quick origin: wholly obtained first (yes ends the questions: such goods hold no non-originating
 * material, Art. 3.3, so their regional value content is 100 %); otherwise the regional share, with
 * the rule it is measured against shown in words when the data holds it.
 */
export function OriginQuickStep() {
  const { t, i18n } = useTranslation();
  const data = useDataService();
  const { backTo, save, answers } = useStepNav('origin-quick');
  const prev = answers['origin-quick'];
  const dest = answers.destination?.dest as Party | undefined;
  const code = answers.line?.code ?? answers.product?.code ?? '';
  const [share, setShare] = useState(prev && !prev.wholly ? String(prev.share) : '');
  const [wholly, setWholly] = useState<string | undefined>(prev ? (prev.wholly ? 'yes' : 'no') : undefined);
  const [errors, setErrors] = useState<FieldErrors>({});
  const packs = useQuery({
    queryKey: ['pack', 'engine', dest],
    queryFn: () => (dest ? data.enginePacks(dest) : null),
    enabled: !!dest && wholly === 'no',
  });
  const rule = useMemo(() => {
    const rows = packs.data?.psr?.rows;
    if (!rows || code.length < 4) return null;
    const row = findRule(indexPsrRows(rows), code);
    return row ? { unit: row.unit, text: renderPsrRule(row.rule) } : null;
  }, [packs.data, code]);

  const submit = () => {
    const isWholly = wholly === 'yes';
    const r = originQuickAnswerSchema.safeParse({
      share: isWholly ? 100 : share.trim() === '' ? undefined : parseNumber(share),
      wholly: wholly === undefined ? undefined : isWholly,
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
      {wholly === 'yes' ? (
        <p className="mb-4 border-l-4 border-green-700 pl-3">{t('wizard.originQuick.whollyEnds')}</p>
      ) : null}
      {wholly === 'no' ? (
        <>
          {rule ? (
            <p className="mb-3 border-l-4 border-blue-800 pl-3">
              {t('wizard.originQuick.rule', {
                unit: fmtCode(rule.unit),
                rule: i18n.language.startsWith('zh') ? rule.text.zh : rule.text.en,
              })}
            </p>
          ) : null}
          {code.length < 6 && !rule ? (
            <p className="mb-3 border-l-4 border-slate-400 pl-3">{t('wizard.originQuick.needsSubheading')}</p>
          ) : null}
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
          <p className="border-l-4 border-slate-400 pl-3 text-slate-700">{t('wizard.originQuick.limits')}</p>
        </>
      ) : null}
    </StepLayout>
  );
}
