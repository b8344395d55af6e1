import { useTranslation } from 'react-i18next';
import type { ProofResult } from '../../../../domain/check/types.js';

/** Read an option/checklist item tolerantly: a code string or an object with an id/kind/code. */
function itemCode(x: unknown): string {
  if (typeof x === 'string') return x;
  const o = (x ?? {}) as Record<string, unknown>;
  return String(o.id ?? o.kind ?? o.code ?? o.item ?? '');
}
function itemArticle(x: unknown): string | undefined {
  const o = (x ?? {}) as Record<string, unknown>;
  const a = o.article ?? o.articles;
  return Array.isArray(a) ? a.join(', ') : typeof a === 'string' ? a : undefined;
}

/** What to prepare: proof-of-origin options (Art. 3.16–3.22) and the Annex 3B checklist. */
export function ProofSection({ proof }: { proof: ProofResult | null }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="proof-h" className="mb-8">
      <h2 id="proof-h" className="mb-3 text-2xl font-bold">
        {t('result.proof.heading')}
      </h2>
      {!proof ? (
        <p>{t('result.proof.notAvailable')}</p>
      ) : (
        <>
          <h3 className="font-bold">{t('result.proof.options')}</h3>
          <ul className="mb-3 list-disc pl-6">
            {proof.options.map((o, i) => {
              const code = itemCode(o);
              const art = itemArticle(o);
              return (
                <li key={`${code}-${i}`}>
                  {t(`result.proof.option.${code}`, { defaultValue: code })}
                  {art ? ` (${t('result.origin.article', { a: art })})` : ''}
                </li>
              );
            })}
          </ul>
          <h3 className="font-bold">{t('result.proof.checklist')}</h3>
          <ul className="list-disc pl-6">
            {proof.checklist.map((c, i) => {
              const code = itemCode(c);
              return <li key={`${code}-${i}`}>{t(`result.proof.item.${code}`, { defaultValue: code })}</li>;
            })}
          </ul>
        </>
      )}
    </section>
  );
}
