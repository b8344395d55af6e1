import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DESTINATIONS, type Party } from '../../../../domain/schemas/index.js';
import { useDataService } from '../../lib/data/service.js';
import { listPackNames } from '../../lib/store/repository.js';
import { Button } from '../../components/ui/fields.js';

/** Choose destinations whose data is kept on this device for offline use. */
export function OfflinePage() {
  const { t } = useTranslation();
  const data = useDataService();
  const qc = useQueryClient();
  const h1 = useRef<HTMLHeadingElement>(null);
  useEffect(() => h1.current?.focus(), []);
  const cached = useQuery({ queryKey: ['cached-packs'], queryFn: listPackNames });
  const [chosen, setChosen] = useState<Party[]>([]);
  const [status, setStatus] = useState('');
  const has = (d: Party) => cached.data?.includes(`tariff-${d.toLowerCase()}`) ?? false;

  const save = async () => {
    let ok = 0;
    for (const d of chosen) {
      setStatus(t('offline.saving', { dest: t(`parties.${d}`) }));
      if (await data.enginePacks(d).catch(() => null)) ok++;
    }
    if (chosen.length) await data.directory().catch(() => null); // support programmes, matched offline on the result
    await qc.invalidateQueries({ queryKey: ['cached-packs'] });
    setChosen([]);
    setStatus(t('offline.saved', { ok, total: chosen.length }));
  };

  return (
    <div className="mx-auto max-w-3xl">
      <Link to="/" className="mb-4 inline-block text-blue-800 underline">
        ‹ {t('common.back')}
      </Link>
      <h1 ref={h1} tabIndex={-1} className="mb-4 text-3xl font-bold focus:outline-none">
        {t('offline.heading')}
      </h1>
      <p className="mb-4">{t('offline.intro')}</p>
      <fieldset className="mb-4">
        <legend className="mb-2 font-bold">{t('offline.legend')}</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {DESTINATIONS.map((d) => (
            <div key={d} className="flex items-start gap-3">
              <input
                id={`keep-${d}`}
                type="checkbox"
                className="mt-1 h-6 w-6"
                checked={chosen.includes(d)}
                onChange={(e) => setChosen(e.target.checked ? [...chosen, d] : chosen.filter((x) => x !== d))}
              />
              <label htmlFor={`keep-${d}`}>
                {t(`parties.${d}`)}
                {has(d) ? <span className="ml-2 bg-green-100 px-2 text-sm">{t('offline.onDevice')}</span> : null}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <Button onClick={save} disabled={chosen.length === 0}>
        {t('offline.save')}
      </Button>
      <p role="status" className="mt-4">
        {status}
      </p>
    </div>
  );
}
