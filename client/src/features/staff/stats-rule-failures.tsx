import { useTranslation } from 'react-i18next';
import type { RuleFailureStat } from '../../../../domain/origin/failure.js';
import { STAFF_NS } from './staff-i18n.js';

const P = 'statsRuleFailures';

/** Where verdicts fail: failures per rule (bar chart) and the detail by rule x chapter x destination (table). */
export function RuleFailures({ list }: { list: RuleFailureStat[] }) {
  const { t } = useTranslation(STAFF_NS);
  const ruleName = (rule: string) => {
    const rvc = /^RVC(\d+(?:\.\d+)?)$/.exec(rule);
    return rvc ? t(`${P}.rule.RVC`, { threshold: rvc[1] }) : t(`${P}.rule.${rule}`, { defaultValue: rule });
  };
  const dest = (code: string) => `${t(`parties.${code}`, { ns: 'translation', defaultValue: code })} (${code})`;
  const short = (f: RuleFailureStat, value: number) => (f.measure ? t(`${P}.measure.${f.measure}`, { value }) : '');
  const byRule: Record<string, number> = {};
  for (const f of list) byRule[f.rule] = (byRule[f.rule] ?? 0) + f.count;
  const bars = Object.entries(byRule).sort((a, b) => b[1] - a[1]);
  const max = Math.max(1, ...bars.map(([, n]) => n));
  return (
    <section aria-labelledby="st-rule-fail" className="space-y-3">
      <h2 id="st-rule-fail" className="text-xl font-bold">
        {t(`${P}.heading`)}
      </h2>
      <p>{t(`${P}.note`)}</p>
      {list.length === 0 ? (
        <p>{t(`${P}.none`)}</p>
      ) : (
        <>
          <table className="w-full max-w-2xl">
            <caption className="text-left font-bold">{t(`${P}.chartCaption`)}</caption>
            <tbody>
              {bars.map(([rule, n]) => (
                <tr key={rule}>
                  <th scope="row" className="w-64 pr-2 text-left font-normal">
                    {ruleName(rule)}
                  </th>
                  <td>
                    <progress className="w-full" value={n} max={max} aria-label={`${ruleName(rule)}: ${n}`} />
                  </td>
                  <td className="w-12 pl-2 text-right">{n}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table className="w-full border-collapse text-left">
            <caption className="text-left font-bold">{t(`${P}.caption`)}</caption>
            <thead>
              <tr>
                {(['rule', 'chapter', 'dest', 'count', 'median', 'bands'] as const).map((c) => (
                  <th key={c} scope="col" className="border-b p-2">
                    {t(`${P}.col.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {list.map((f) => (
                <tr key={`${f.rule}|${f.chapter}|${f.dest}`}>
                  <th scope="row" className="border-b p-2 font-normal">
                    {ruleName(f.rule)}
                  </th>
                  <td className="border-b p-2">{f.chapter}</td>
                  <td className="border-b p-2">{dest(f.dest)}</td>
                  <td className="border-b p-2 text-right">{f.count}</td>
                  <td className="border-b p-2">
                    {f.medianShort === null ? t(`${P}.noFigure`) : short(f, f.medianShort)}
                  </td>
                  <td className="border-b p-2">
                    {Object.keys(f.shortBands).length === 0 ? (
                      t(`${P}.noFigure`)
                    ) : (
                      <ul>
                        {Object.entries(f.shortBands).map(([band, n]) => (
                          <li key={band}>{t(`${P}.band.${f.measure}`, { band, n })}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
