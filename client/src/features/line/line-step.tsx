import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { lineAnswerSchema } from '../../../../domain/wizard/index.js';
import type { HsNode, Party, TariffLine } from '../../../../domain/schemas/index.js';
import { rcepYear } from '../../../../domain/tariff/rcep-year.js';
import { StepLayout } from '../../components/ui/step-layout.js';
import { InlineError } from '../../components/ui/error-summary.js';
import { useDataService } from '../../lib/data/service.js';
import { fmtCode, todayIso } from '../../lib/format.js';
import { rateText } from '../../lib/rate-text.js';
import { lineOwnText } from '../../lib/line-text.js';
import { issuesToErrors, type FieldErrors } from '../wizard/errors.js';
import { useStepNav } from '../wizard/use-step-nav.js';
import { filterTree, lineTree, type LineNode } from './line-tree.js';

/**
 * Narrow a 4/6-digit product to the destination's national line: a tree under the heading
 * (heading -> subheading -> national lines, longer lines under the line they extend), each with
 * its RCEP and MFN rate, a filter box, every line listed; or keep the HS code and compare on the result.
 */
export function LineStep() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const zh = lang.startsWith('zh');
  const data = useDataService();
  const { backTo, save, answers } = useStepNav('line');
  const dest = answers.destination?.dest as Party | undefined;
  const code = answers.product?.code ?? '';
  const tariff = useQuery({
    queryKey: ['pack', 'tariff', dest],
    queryFn: () => (dest ? data.tariff(dest) : null),
    enabled: !!dest,
  });
  const hs = useQuery({ queryKey: ['pack', 'hs'], queryFn: () => data.hs() });
  const nodes = useMemo(() => new Map((hs.data?.versions['2022'] ?? []).map((n) => [n.code, n])), [hs.data]);
  const name = (n?: HsNode) => (n ? ((zh ? n.zh : undefined) ?? n.en) : '');
  const lines: TariffLine[] = useMemo(
    () => (tariff.data?.lines ?? []).filter((l) => l.code.startsWith(code)),
    [tariff.data, code],
  );
  const year = dest ? rcepYear(dest, answers.shipment?.date ?? todayIso()) : null;
  const tree = useMemo(
    () => (dest ? lineTree(lines, (c) => nodes.get(c), dest, year) : null),
    [lines, nodes, dest, year],
  );
  const [filter, setFilter] = useState('');
  const shown = tree ? filterTree(tree, filter, name) : null;
  const [value, setValue] = useState<string | undefined>(answers.line?.code);
  const [errors, setErrors] = useState<FieldErrors>({});

  const submit = () => {
    // the same rates and rule on every line: the choice makes no difference, keep the HS code
    const r = lineAnswerSchema.safeParse({ code: tree?.allSame ? code : value });
    if (!r.success) return setErrors(issuesToErrors(r.error, () => 'line'));
    setErrors({});
    save<'line'>(r.data);
  };

  const destName = dest ? t(`parties.${dest}`) : '';
  const rates = (n: LineNode) => (
    <span className="block text-sm whitespace-nowrap">
      {t('wizard.line.rates', {
        rcep: n.rcep ? rateText(n.rcep, t, lang) : t('rate.notInData'),
        mfn: n.mfn ? rateText(n.mfn, t, lang) : t('rate.notInData'),
      })}
    </span>
  );
  const radio = (id: string, v: string, label: React.ReactNode) => (
    <div className="flex items-start gap-3 py-1">
      <input
        type="radio"
        id={id}
        name="line"
        value={v}
        checked={value === v}
        onChange={() => setValue(v)}
        className="mt-1 h-6 w-6 shrink-0 accent-blue-800"
      />
      <label htmlFor={id} className="cursor-pointer">
        {label}
      </label>
    </div>
  );
  const renderLines = (ns: LineNode[], depth: number) => (
    <ul className={depth ? 'ml-6 border-l-2 border-slate-300 pl-3' : ''}>
      {ns.map((n) => (
        <li key={n.line.code}>
          {radio(
            `line-${n.line.code}`,
            n.line.code,
            <>
              <span className="font-mono font-bold">{n.line.printed ?? fmtCode(n.line.code)}</span>{' '}
              {lineOwnText(n.line.desc)}
              {rates(n)}
            </>,
          )}
          {n.children.length ? renderLines(n.children, depth + 1) : null}
        </li>
      ))}
    </ul>
  );

  return (
    <StepLayout
      stepKey="line"
      title={t('wizard.line.heading', { dest: destName })}
      caption={t('wizard.caption')}
      backTo={backTo}
      errors={errors}
      onSubmit={submit}
    >
      {tariff.isLoading ? <p>{t('common.loading')}</p> : null}
      {tariff.isSuccess && lines.length === 0 ? (
        <p className="mb-4 border-l-4 border-slate-400 pl-3">{t('wizard.line.noLines', { dest: destName })}</p>
      ) : null}
      {tree?.allSame ? (
        <p className="mb-4 border-l-8 border-green-700 bg-green-50 p-3 font-bold" data-testid="line-all-same">
          {t('wizard.line.allSame', { count: tree.count, code: fmtCode(code), ...ratesOf(tree.groups[0]?.lines[0]) })}
        </p>
      ) : null}
      {tree && !tree.allSame && !tariff.isLoading && !hs.isLoading ? (
        <fieldset
          className={`mb-6 ${errors.line ? 'border-l-4 border-red-700 pl-3' : ''}`}
          aria-describedby="line-hint"
        >
          <legend className="mb-2 font-bold">
            {t('wizard.line.legend')}
            {tree.heading ? (
              <span className="block font-normal">
                {fmtCode(tree.heading.code)} {name(tree.heading)}
              </span>
            ) : null}
          </legend>
          <p id="line-hint" className="mb-2 text-slate-600">
            {t('wizard.line.hint')}
          </p>
          <InlineError id="line" reason={errors.line} />
          {tree.count > 8 ? (
            <p className="mb-3">
              <label htmlFor="line-filter" className="mr-2 font-bold">
                {t('wizard.line.filter')}
              </label>
              <input
                id="line-filter"
                type="search"
                className="w-full max-w-sm border-2 border-slate-800 p-2"
                value={filter}
                onChange={(e) => setFilter(e.target.value)}
              />
            </p>
          ) : null}
          {shown?.groups.map((g) => (
            <section key={g.code} aria-labelledby={`sub-${g.code}`} className="mb-4">
              <h2 id={`sub-${g.code}`} className="text-lg font-bold">
                <span className="font-mono">{fmtCode(g.code)}</span> {name(g.node)}
              </h2>
              {renderLines(g.lines, 0)}
            </section>
          ))}
          {shown && tree.count > 0 && shown.groups.length === 0 ? <p>{t('wizard.line.noMatch')}</p> : null}
          {radio(
            'line',
            code,
            <>
              {t('wizard.line.keepCode', { code: fmtCode(code) })}
              <span className="block text-sm text-slate-600">{t('wizard.line.keepCodeHint')}</span>
            </>,
          )}
        </fieldset>
      ) : null}
    </StepLayout>
  );

  function ratesOf(n?: LineNode) {
    return {
      rcep: n?.rcep ? rateText(n.rcep, t, lang) : t('rate.notInData'),
      mfn: n?.mfn ? rateText(n.mfn, t, lang) : t('rate.notInData'),
    };
  }
}
