import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CheckResult } from '../../../../domain/check/types.js';
import { matchFactsFromCheck } from '../../../../domain/programmes/facts.js';
import type { FirmProfile } from '../../../../domain/schemas/programme.js';
import { isOnline } from '../../lib/data/api.js';
import { useDataService } from '../../lib/data/service.js';
import { OthersList, ProgrammeList } from './programme-list.js';
import { loadMatches, queryOf, toSearch } from './programme-matches.js';

const MAYBE_SHOWN = 6;

export function ProgrammesSection({
  result,
  profile = {},
  editLink,
}: {
  result: CheckResult;
  profile?: FirmProfile;
  /** where the firm can give or change its answers (the wizard's firm step); none at the counter */
  editLink?: string;
}) {
  const { t } = useTranslation();
  const data = useDataService();
  const q = queryOf(result, profile, matchFactsFromCheck(result).rateGain);
  const query = useQuery({
    queryKey: ['programmes', toSearch(q)],
    queryFn: () => loadMatches(data, q),
    retry: false,
  });
  const found = query.data?.matches;
  const yes = found?.filter((m) => m.applies === 'yes') ?? [];
  const maybe = found?.filter((m) => m.applies === 'maybe') ?? [];
  const others = query.data?.others ?? [];
  const units = query.data?.units;
  const known = Object.keys(profile).length > 0;
  const dest = result.input.dest;
  return (
    <section aria-labelledby="prog-h" className="mb-8">
      <h2 id="prog-h" className="mb-3 text-2xl font-bold">
        {t('result.programmes.heading')}
      </h2>
      {editLink ? (
        <p className="mb-4">
          {known ? null : <span className="block">{t('result.programmes.askFirm')}</span>}
          <Link to={editLink} className="text-blue-800 underline">
            {t(known ? 'result.programmes.editFirm' : 'result.programmes.giveFirm')}
          </Link>
        </p>
      ) : null}
      {query.data === null ? <p>{t('result.programmes.offline')}</p> : null}
      {found && !isOnline() ? <p className="text-sm text-slate-700">{t('result.programmes.savedCopy')}</p> : null}
      {query.isLoading ? <p>{t('common.loading')}</p> : null}
      {query.isError ? <p>{t('result.programmes.unavailable')}</p> : null}
      {found && found.length === 0 ? <p>{t('result.programmes.none')}</p> : null}
      {yes.length ? (
        <section aria-labelledby="prog-yes-h" className="mb-6">
          <h3 id="prog-yes-h" className="mb-2 text-xl font-bold">
            {t('result.programmes.yesHeading', { count: yes.length })}
          </h3>
          <ProgrammeList items={yes} units={units} profile={profile} dest={dest} />
        </section>
      ) : null}
      {maybe.length ? (
        <section aria-labelledby="prog-maybe-h" className="mb-6">
          <h3 id="prog-maybe-h" className="mb-2 text-xl font-bold">
            {t('result.programmes.maybeHeading', { count: maybe.length })}
          </h3>
          <ProgrammeList
            items={maybe.slice(0, MAYBE_SHOWN)}
            units={units}
            profile={profile}
            dest={dest}
            editLink={editLink}
          />
          {maybe.length > MAYBE_SHOWN ? (
            <details className="mt-4">
              <summary className="cursor-pointer text-blue-800 underline">
                {t('result.programmes.more', { count: maybe.length - MAYBE_SHOWN })}
              </summary>
              <ProgrammeList
                items={maybe.slice(MAYBE_SHOWN)}
                units={units}
                profile={profile}
                dest={dest}
                editLink={editLink}
              />
            </details>
          ) : null}
        </section>
      ) : null}
      {others.length ? (
        <details className="mt-4">
          <summary className="cursor-pointer text-blue-800 underline">
            {t('result.programmes.othersSummary', { count: others.length })}
          </summary>
          <OthersList items={others} profile={profile} dest={dest} />
        </details>
      ) : null}
    </section>
  );
}
