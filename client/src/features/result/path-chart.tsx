import { useTranslation } from 'react-i18next';
import type { PathStep } from '../../../../domain/tariff/types.js';
import { fmtPct } from '../../lib/format.js';
import { rateText } from '../../lib/rate-text.js';

const W = 640;
const H = 220;
const PAD = { l: 48, r: 12, t: 16, b: 40 };

/** Year-by-year RCEP rate as a step chart (SVG, no library); the year in force is marked. */
export function PathChart({ path, mfnPct }: { path: PathStep[]; mfnPct: number | null }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const pts = path.filter((p) => p.adValorem !== null);
  const max = Math.max(1, mfnPct ?? 0, ...pts.map((p) => p.adValorem ?? 0));
  const n = path.length;
  const bw = (W - PAD.l - PAD.r) / Math.max(n, 1);
  const y = (v: number) => PAD.t + (H - PAD.t - PAD.b) * (1 - v / max);
  const current = path.find((p) => p.current);
  return (
    <figure className="mb-6">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby="path-title path-desc"
        className="h-auto w-full max-w-2xl"
      >
        <title id="path-title">{t('result.path.title')}</title>
        <desc id="path-desc">
          {path.map((p) => `${t('result.path.year', { n: p.rcepYear })}: ${rateText(p.rate, t, lang)}`).join('; ')}
        </desc>
        <line x1={PAD.l} y1={y(0)} x2={W - PAD.r} y2={y(0)} stroke="#334155" />
        <line x1={PAD.l} y1={PAD.t} x2={PAD.l} y2={y(0)} stroke="#334155" />
        <text x={PAD.l - 6} y={y(max) + 4} textAnchor="end" fontSize="12" fill="#334155">
          {fmtPct(max, lang)}
        </text>
        <text x={PAD.l - 6} y={y(0) + 4} textAnchor="end" fontSize="12" fill="#334155">
          {fmtPct(0, lang)}
        </text>
        {mfnPct !== null ? (
          <g>
            <line x1={PAD.l} y1={y(mfnPct)} x2={W - PAD.r} y2={y(mfnPct)} stroke="#b91c1c" strokeDasharray="6 4" />
            <text x={W - PAD.r} y={y(mfnPct) - 4} textAnchor="end" fontSize="12" fill="#b91c1c">
              {t('result.path.mfn', { rate: fmtPct(mfnPct, lang) })}
            </text>
          </g>
        ) : null}
        {path.map((p, i) => {
          const x = PAD.l + i * bw;
          const v = p.adValorem;
          return (
            <g key={p.rcepYear}>
              {v !== null ? (
                <rect
                  x={x + bw * 0.15}
                  y={y(v)}
                  width={bw * 0.7}
                  height={Math.max(1, y(0) - y(v))}
                  fill={p.current ? '#1d4ed8' : '#94a3b8'}
                />
              ) : (
                <text x={x + bw / 2} y={y(0) - 6} textAnchor="middle" fontSize="11" fill="#334155">
                  ?
                </text>
              )}
              <text x={x + bw / 2} y={H - PAD.b + 16} textAnchor="middle" fontSize="12" fill="#334155">
                {p.rcepYear}
              </text>
              {p.current ? (
                <text x={x + bw / 2} y={H - 6} textAnchor="middle" fontSize="12" fontWeight="bold" fill="#1d4ed8">
                  {t('result.path.today')}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption className="text-sm text-slate-700">
        {t('result.path.caption')}
        {current ? ` ${t('result.path.current', { n: current.rcepYear, from: current.from })}` : ''}
      </figcaption>
      <details className="mt-2">
        <summary className="cursor-pointer text-blue-800 underline">{t('result.path.table')}</summary>
        <table className="mt-2 text-left">
          <thead>
            <tr>
              <th scope="col" className="pr-4">
                {t('result.path.yearCol')}
              </th>
              <th scope="col" className="pr-4">
                {t('result.path.fromCol')}
              </th>
              <th scope="col">{t('result.path.rateCol')}</th>
            </tr>
          </thead>
          <tbody>
            {path.map((p) => (
              <tr key={p.rcepYear} className={p.current ? 'font-bold' : ''}>
                <td className="pr-4">{p.rcepYear}</td>
                <td className="pr-4">{p.from}</td>
                <td>{rateText(p.rate, t, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
