import type { z } from 'zod';
import { catalogueTable, entryDestinations } from '../../domain/catalogue/flags.js';
import { lookupFromPacks } from '../../domain/catalogue/lookup.js';
import { isCodeError } from '../../domain/hs/normalise.js';
import { programmesAnswer } from '../../domain/programmes/answer.js';
import type { Party } from '../../domain/schemas/index.js';
import type { programmesQuerySchema } from '../../domain/schemas/api.js';
import type { LoadedData } from '../data/load-data.js';
import { HttpError } from '../http/errors.js';

/** Programmes, contact units and the export catalogue (seeds/), matched and flagged by the engine. */
export function directoryService(data: LoadedData) {
  const programmes = data.seeds.programmes;
  const units = data.seeds.contactUnits;
  const catalogue = data.seeds.catalogue;
  // built from the packs served now; rebuilt when a publish swaps the Annex I pack
  let lookupFor: unknown;
  let lookupMade: ReturnType<typeof lookupFromPacks> | undefined;
  const lookup = () => {
    const { tariffs, annex1 } = data.index.packs;
    if (lookupFor !== annex1 || !lookupMade) [lookupFor, lookupMade] = [annex1, lookupFromPacks(tariffs, annex1)];
    return lookupMade;
  };
  const need = <T>(x: T | null): T => {
    if (x === null) throw new HttpError(503, 'seed-not-loaded');
    return x;
  };
  return {
    programmes(q: z.output<typeof programmesQuerySchema>) {
      const answer = programmesAnswer(need(programmes), need(units), q);
      if (isCodeError(answer)) throw new HttpError(400, answer.error.reason, 'code');
      return answer;
    },
    contacts(programme?: string) {
      const list = need(units);
      return { units: programme ? list.filter((u) => u.roles.some((r) => r.programme === programme)) : list };
    },
    catalogue(dest?: Party) {
      const entries = need(catalogue);
      const chosen = dest ? entries.filter((e) => entryDestinations(e).includes(dest)) : entries;
      const flags = catalogueTable(chosen, lookup()).filter((f) => !dest || f.dest === dest);
      return { entries: chosen, flags };
    },
  };
}
