import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { codeToCheck, shipmentAnswerSchema } from '../../../../domain/wizard/index.js';
import type { Party, RateExpr } from '../../../../domain/schemas/index.js';
import { StepLayout } from '../../components/ui/step-layout.js';
import { TextField } from '../../components/ui/fields.js';
import { useDataService } from '../../lib/data/service.js';
import { todayIso } from '../../lib/format.js';
import { issuesToErrors, parseNumber, type FieldErrors } from '../wizard/errors.js';
import { useStepNav } from '../wizard/use-step-nav.js';

const CURRENCIES = ['USD', 'CNY', 'JPY', 'VND', 'AUD', 'NZD', 'KRW', 'THB', 'MYR', 'SGD', 'IDR', 'PHP', 'EUR'];

function hasSpecific(e: RateExpr): boolean {
  switch (e.kind) {
    case 'specific':
      return true;
    case 'compound':
      return e.parts.some(hasSpecific);
    case 'higherOf':
    case 'lowerOf':
      return e.options.some(hasSpecific);
    case 'conditional':
      return e.cases.some((c) => hasSpecific(c.rate));
    default:
      return false;
  }
}

export function ShipmentStep() {
  const { t } = useTranslation();
  const data = useDataService();
  const { backTo, save, answers } = useStepNav('shipment');
  const prev = answers.shipment;
  const dest = answers.destination?.dest as Party | undefined;
  const code = codeToCheck(answers) ?? '';
  const tariff = useQuery({
    queryKey: ['pack', 'tariff', dest],
    queryFn: () => (dest ? data.tariff(dest) : null),
    enabled: !!dest,
  });
  const line = tariff.data?.lines.find((l) => l.code === code);
  // quantity is asked when the line's rate needs it, or when we cannot tell
  const rates = line ? [...line.mfn, ...line.rcep].map((r) => r.rate) : [];
  const needsQty = !line || rates.some(hasSpecific);
  const [value, setValue] = useState(prev?.value !== undefined ? String(prev.value) : '');
  const [currency, setCurrency] = useState(prev?.currency ?? 'USD');
  const [quantity, setQuantity] = useState(prev?.quantity !== undefined ? String(prev.quantity) : '');
  const [date, setDate] = useState(prev?.date ?? todayIso());
  const [errors, setErrors] = useState<FieldErrors>({});

  const submit = () => {
    const v = parseNumber(value);
    const q = parseNumber(quantity);
    const r = shipmentAnswerSchema.safeParse({
      ...(v !== undefined ? { value: v, currency } : {}),
      ...(q !== undefined ? { quantity: q } : {}),
      date: date || todayIso(),
    });
    if (!r.success) return setErrors(issuesToErrors(r.error, (p) => p || 'date'));
    setErrors({});
    save<'shipment'>(r.data);
  };

  return (
    <StepLayout
      stepKey="shipment"
      title={t('wizard.shipment.heading')}
      caption={t('wizard.caption')}
      backTo={backTo}
      errors={errors}
      onSubmit={submit}
    >
      <p className="mb-4">{t('wizard.shipment.intro')}</p>
      <div className="flex flex-wrap items-end gap-4">
        <TextField
          id="value"
          label={t('wizard.shipment.value')}
          hint={t('wizard.shipment.valueHint')}
          error={errors.value}
          inputMode="decimal"
          className="max-w-[12rem]"
          value={value}
          onChange={(e) => setValue(e.target.value)}
        />
        <div className="mb-5">
          <label htmlFor="currency" className="mb-1 block font-bold">
            {t('wizard.shipment.currency')}
          </label>
          <select
            id="currency"
            className="border-2 border-slate-800 p-2"
            value={currency}
            onChange={(e) => setCurrency(e.target.value)}
          >
            {CURRENCIES.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </div>
      </div>
      {needsQty ? (
        <TextField
          id="quantity"
          label={t('wizard.shipment.quantity')}
          hint={
            line?.unit ? t('wizard.shipment.quantityHintUnit', { unit: line.unit }) : t('wizard.shipment.quantityHint')
          }
          error={errors.quantity}
          inputMode="decimal"
          className="max-w-[12rem]"
          value={quantity}
          onChange={(e) => setQuantity(e.target.value)}
        />
      ) : null}
      <TextField
        id="date"
        type="date"
        label={t('wizard.shipment.date')}
        hint={t('wizard.shipment.dateHint')}
        error={errors.date}
        className="max-w-[12rem]"
        value={date}
        onChange={(e) => setDate(e.target.value)}
      />
    </StepLayout>
  );
}
