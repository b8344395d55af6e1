import { useTranslation } from 'react-i18next';
import type { ChecklistItem, ProofOption, ProofResult } from '../../../../domain/proof/types.js';

/** Annex 3B item key without its form and letter: 'co-k-fob-value' -> 'fob-value'. */
const itemKey = (id: string) => id.replace(/^(co|do)-[a-z]-/, '');

function Option({ o }: { o: ProofOption }) {
  const { t } = useTranslation();
  const avail = o.available === 'unconfirmed' ? 'unconfirmed' : o.available ? 'yes' : 'no';
  return (
    <li className={avail === 'no' ? 'text-slate-600' : ''}>
      <strong>{t(`result.proof.option.${o.id}`)}</strong> — {t(`result.proof.available.${avail}`)}
      {o.reason ? `${t('common.colon')}${t(`result.proof.reason.${o.reason}`, { defaultValue: o.reason })}` : ''}
      {o.articles.length ? ` (${t('result.origin.article', { a: o.articles.join(', ') })})` : ''}
    </li>
  );
}

function Item({ c }: { c: ChecklistItem }) {
  const { t } = useTranslation();
  return (
    <li>
      {t(`result.proof.item.${itemKey(c.id)}`)} <span className="text-sm text-slate-600">({c.ref})</span>
      {c.required === 'if-known' ? ` — ${t('result.proof.ifKnown')}` : ''}
      {c.prefill ? ` — ${t('result.proof.prefill', { value: c.prefill })}` : ''}
    </li>
  );
}

/** What to prepare: proof-of-origin options (Art. 3.16–3.22) and the Annex 3B checklist. */
export function ProofSection({ proof }: { proof: ProofResult | null }) {
  const { t } = useTranslation();
  const forms = proof ? [...new Set(proof.checklist.map((c) => c.form))] : [];
  return (
    <section aria-labelledby="proof-h" className="mb-8">
      <h2 id="proof-h" className="mb-3 text-2xl font-bold">
        {t('result.proof.heading')}
      </h2>
      {!proof ? (
        <p>{t('result.proof.notAvailable')}</p>
      ) : (
        <>
          {proof.blockedBy ? (
            <p className="mb-3 border-l-8 border-yellow-500 bg-yellow-50 p-3">
              {t(`result.proof.blocked.${proof.blockedBy}`)}
            </p>
          ) : null}
          <h3 className="font-bold">{t('result.proof.options')}</h3>
          <ul className="mb-3 list-disc pl-6">
            {proof.options.map((o) => (
              <Option key={o.id} o={o} />
            ))}
          </ul>
          {forms.map((f) => (
            <div key={f} className="mb-3">
              <h3 className="font-bold">{t(`result.proof.checklist.${f}`)}</h3>
              <ul className="list-disc pl-6">
                {proof.checklist
                  .filter((c) => c.form === f)
                  .map((c) => (
                    <Item key={c.id} c={c} />
                  ))}
              </ul>
            </div>
          ))}
          {proof.validity ? (
            <p>{t('result.proof.validity', { months: proof.validity.months, a: proof.validity.article })}</p>
          ) : null}
          {proof.recordKeeping ? (
            <p>{t('result.proof.records', { years: proof.recordKeeping.years, a: proof.recordKeeping.article })}</p>
          ) : null}
        </>
      )}
    </section>
  );
}
