import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { originBomAnswerSchema } from '../../../../domain/wizard/index.js';
import { StepLayout } from '../../components/ui/step-layout.js';
import { Button, TextField } from '../../components/ui/fields.js';
import { issuesToErrors, parseNumber, type FieldErrors } from '../wizard/errors.js';
import { useStepNav } from '../wizard/use-step-nav.js';
import { emptyRow, parsePasted, toMaterial, type RowDraft } from './bom-rows.js';
import { MaterialRow } from './material-row.js';

const COSTS = ['labour', 'overhead', 'profit', 'other'] as const;
const str = (n: number | undefined) => (n === undefined ? '' : String(n));

export function OriginBomStep() {
  const { t } = useTranslation();
  const { backTo, save, answers } = useStepNav('origin-bom');
  const prev = answers['origin-bom'];
  const [fob, setFob] = useState(str(prev?.fob));
  const [rows, setRows] = useState<RowDraft[]>(
    prev?.materials.map((m) => ({
      desc: m.desc ?? '',
      hs: m.hs,
      origin: m.origin,
      value: String(m.value),
      weightKg: str(m.weightKg),
    })) ?? [emptyRow()],
  );
  const [costs, setCosts] = useState<Record<string, string>>(
    Object.fromEntries(COSTS.map((k) => [k, str(prev?.costs?.[k])])),
  );
  const [minimal, setMinimal] = useState(prev?.minimalOperationsOnly ?? false);
  const [paste, setPaste] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState('');

  const setRow = (i: number, r: RowDraft) => setRows(rows.map((x, j) => (j === i ? r : x)));
  const submit = () => {
    const anyCost = COSTS.some((k) => costs[k].trim() !== '');
    const r = originBomAnswerSchema.safeParse({
      fob: fob.trim() === '' ? undefined : parseNumber(fob),
      materials: rows.filter((x) => Object.values(x).some((v) => v.trim() !== '')).map(toMaterial),
      ...(anyCost
        ? {
            costs: Object.fromEntries(
              COSTS.filter((k) => costs[k].trim() !== '').map((k) => [k, parseNumber(costs[k])]),
            ),
          }
        : {}),
      ...(minimal ? { minimalOperationsOnly: true } : {}),
    });
    if (!r.success) {
      return setErrors(
        issuesToErrors(r.error, (p) => {
          const m = /^materials\.(\d+)\.(\w+)/.exec(p);
          if (m) return `material-${m[1]}-${m[2] === 'weightKg' ? 'weight' : m[2]}`;
          if (p.startsWith('costs.')) return `costs-${p.split('.')[1]}`;
          if (p === 'materials') return 'material-0-hs';
          return 'fob';
        }),
      );
    }
    setErrors({});
    save<'origin-bom'>(r.data);
  };
  const addPasted = () => {
    const got = parsePasted(paste);
    const kept = rows.filter((x) => Object.values(x).some((v) => v.trim() !== ''));
    setRows([...kept, ...got].length ? [...kept, ...got] : [emptyRow()]);
    setStatus(t('wizard.originBom.pasted', { count: got.length }));
    setPaste('');
  };

  return (
    <StepLayout
      stepKey="origin-bom"
      title={t('wizard.originBom.heading')}
      caption={t('wizard.caption')}
      backTo={backTo}
      errors={errors}
      onSubmit={submit}
    >
      <p className="mb-4">{t('wizard.originBom.intro')}</p>
      <TextField
        id="fob"
        label={t('wizard.originBom.fob')}
        hint={t('wizard.originBom.fobHint')}
        error={errors.fob}
        inputMode="decimal"
        className="max-w-[12rem]"
        value={fob}
        onChange={(e) => setFob(e.target.value)}
      />
      <h2 className="mb-2 text-xl font-bold">{t('wizard.originBom.materials')}</h2>
      <p className="mb-2 text-slate-600">{t('wizard.originBom.materialsHint')}</p>
      <ol className="space-y-4">
        {rows.map((r, i) => (
          <MaterialRow
            key={i}
            index={i}
            row={r}
            errors={errors}
            onChange={(x) => setRow(i, x)}
            onRemove={rows.length > 1 ? () => setRows(rows.filter((_, j) => j !== i)) : undefined}
          />
        ))}
      </ol>
      <div className="my-4">
        <Button variant="secondary" onClick={() => setRows([...rows, emptyRow()])}>
          {t('wizard.originBom.addRow')}
        </Button>
      </div>
      <details className="mb-6">
        <summary className="cursor-pointer text-blue-800 underline">{t('wizard.originBom.paste')}</summary>
        <label htmlFor="paste" className="mt-2 block font-bold">
          {t('wizard.originBom.pasteLabel')}
        </label>
        <p id="paste-hint" className="text-slate-600">
          {t('wizard.originBom.pasteHint')}
        </p>
        <textarea
          id="paste"
          aria-describedby="paste-hint"
          className="block h-32 w-full max-w-xl border-2 border-slate-800 p-2 font-mono"
          value={paste}
          onChange={(e) => setPaste(e.target.value)}
        />
        <div className="mt-2">
          <Button variant="secondary" onClick={addPasted}>
            {t('wizard.originBom.pasteAdd')}
          </Button>
        </div>
      </details>
      <p role="status" className="sr-only">
        {status}
      </p>
      <fieldset className="mb-6">
        <legend className="mb-2 text-xl font-bold">{t('wizard.originBom.costs')}</legend>
        <p className="mb-2 text-slate-600">{t('wizard.originBom.costsHint')}</p>
        <div className="grid gap-x-4 sm:grid-cols-2">
          {COSTS.map((k) => (
            <TextField
              key={k}
              id={`costs-${k}`}
              label={t(`wizard.originBom.cost.${k}`)}
              error={errors[`costs-${k}`]}
              inputMode="decimal"
              value={costs[k]}
              onChange={(e) => setCosts({ ...costs, [k]: e.target.value })}
            />
          ))}
        </div>
      </fieldset>
      <div className="mb-6 flex items-start gap-3">
        <input
          id="minimal"
          type="checkbox"
          className="mt-1 h-6 w-6"
          checked={minimal}
          onChange={(e) => setMinimal(e.target.checked)}
        />
        <label htmlFor="minimal">
          {t('wizard.originBom.minimal')}
          <span className="block text-sm text-slate-600">{t('wizard.originBom.minimalHint')}</span>
        </label>
      </div>
    </StepLayout>
  );
}
