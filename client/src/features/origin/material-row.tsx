import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/ui/fields.js';
import type { FieldErrors } from '../wizard/errors.js';
import type { RowDraft } from './bom-rows.js';
import { RCEP_PARTIES } from '../../../../domain/schemas/index.js';

export function MaterialRow({
  index,
  row,
  errors,
  onChange,
  onRemove,
}: {
  index: number;
  row: RowDraft;
  errors: FieldErrors;
  onChange: (r: RowDraft) => void;
  onRemove?: () => void;
}) {
  const { t } = useTranslation();
  const id = (f: string) => `material-${index}-${f}`;
  const set = (k: keyof RowDraft) => (e: { target: { value: string } }) => onChange({ ...row, [k]: e.target.value });
  return (
    <li className="border-2 border-slate-300 p-3">
      <h3 className="mb-2 font-bold">{t('wizard.originBom.material', { n: index + 1 })}</h3>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField id={id('desc')} label={t('wizard.originBom.desc')} value={row.desc} onChange={set('desc')} />
        <TextField
          id={id('hs')}
          label={t('wizard.originBom.hs')}
          error={errors[id('hs')]}
          inputMode="numeric"
          value={row.hs}
          onChange={set('hs')}
        />
        <TextField
          id={id('origin')}
          label={t('wizard.originBom.origin')}
          hint={t('wizard.originBom.originHint')}
          error={errors[id('origin')]}
          list="origin-codes"
          autoCapitalize="characters"
          value={row.origin}
          onChange={set('origin')}
        />
        <TextField
          id={id('value')}
          label={t('wizard.originBom.value')}
          error={errors[id('value')]}
          inputMode="decimal"
          value={row.value}
          onChange={set('value')}
        />
        <TextField
          id={id('weight')}
          label={t('wizard.originBom.weight')}
          error={errors[id('weight')]}
          inputMode="decimal"
          value={row.weightKg}
          onChange={set('weightKg')}
        />
      </div>
      {index === 0 ? (
        <datalist id="origin-codes">
          {RCEP_PARTIES.map((p) => (
            <option key={p} value={p}>
              {t(`parties.${p}`)}
            </option>
          ))}
          <option value="unknown">{t('wizard.originBom.unknown')}</option>
        </datalist>
      ) : null}
      {onRemove ? (
        <button type="button" className="text-red-700 underline" onClick={onRemove}>
          {t('wizard.originBom.removeRow', { n: index + 1 })}
        </button>
      ) : null}
    </li>
  );
}
