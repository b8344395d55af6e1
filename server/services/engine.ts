import type { z } from 'zod';
import { runCheck } from '../../domain/check/run-check.js';
import type { CheckInput } from '../../domain/check/types.js';
import { isCodeError, normaliseCode } from '../../domain/hs/normalise.js';
import { evaluateOrigin } from '../../domain/origin/evaluate.js';
import { psrInputFor } from '../../domain/origin/find-rule.js';
import { OriginInputError } from '../../domain/origin/types.js';
import type { Party } from '../../domain/schemas/index.js';
import type { checkQuerySchema, OriginBody, tariffQuerySchema } from '../../domain/schemas/api.js';
import { buildSearchIndex, search, type SearchIndex } from '../../domain/search/index.js';
import { lookupTariff } from '../../domain/tariff/lookup-tariff.js';
import type { LoadedData } from '../data/load-data.js';
import { HttpError } from '../http/errors.js';
import { orThrow } from './domain-error.js';

/** Today (UTC) as YYYY-MM-DD: the default date of a query, as in the CLI. */
const today = () => new Date().toISOString().slice(0, 10);

/** Thin layer over the pure engine: defaults, and domain errors turned into HTTP errors. */
export function engineService(data: LoadedData) {
  // read per request: a publish or rollback swaps the whole snapshot (server/data/pack-snapshot.ts)
  const snapshot = () => data.index;
  // built on first use or by warm() right after the server listens (not part of the ready time);
  // it reads the HS and tariff packs only, which a publication never replaces
  let searchIndex: SearchIndex | undefined;
  const searchIndexNow = () => (searchIndex ??= buildSearchIndex(data.index.packs));

  const origin = (input: Parameters<typeof evaluateOrigin>[0]) => {
    try {
      return evaluateOrigin(input);
    } catch (e) {
      if (e instanceof OriginInputError) throw new HttpError(400, e.reason, e.field);
      throw e;
    }
  };

  return {
    warm() {
      searchIndexNow();
    },

    /** the version of the data the answers come from: the served packs' ETags, replaced by a publish */
    dataVersion(): string {
      let v = '';
      for (const f of data.files.values()) v += f.etag;
      return v;
    },

    tariff(q: z.output<typeof tariffQuerySchema>) {
      return orThrow(lookupTariff(snapshot(), { ...q, dest: q.dest as Party, origin: 'CN', date: q.date ?? today() }));
    },

    /** a national line of the destination as the pack holds it, with its sources */
    line(dest: Party, code: string) {
      const nc = normaliseCode(code);
      if (isCodeError(nc)) throw new HttpError(400, nc.error.reason, 'code');
      const index = snapshot();
      const line = index.lines.get(dest)?.get(nc.digits);
      if (!line)
        throw new HttpError(404, index.lines.has(dest) ? 'unknown-line' : 'no-tariff-data-for-destination', 'code');
      const srcIds = new Set([...line.mfn, ...line.rcep].map((e) => e.src).concat(line.path ? [line.path.src] : []));
      return { dest, line, sources: [...srcIds].map((id) => index.sources.get(id)).filter(Boolean) };
    },

    search(q: string, dest?: Party, limit = 20) {
      return { q, dest: dest ?? null, hits: search(searchIndexNow(), q, { dest, limit }) };
    },

    origin(body: OriginBody) {
      // one form of a code however it was typed (full-width, 'HS' prefix, spaces): the normaliser's display form
      const canon = (c: string) => {
        const n = normaliseCode(c.normalize('NFKC').trim());
        return isCodeError(n) ? c : n.display;
      };
      const bom =
        'materials' in body
          ? { ...body, hs: canon(body.hs), materials: body.materials.map((m) => ({ ...m, hs: canon(m.hs) })) }
          : undefined;
      const code = bom ? bom.hs : 'code' in body ? canon(body.code) : '';
      const nc = normaliseCode(code);
      const psr = isCodeError(nc) ? {} : psrInputFor(snapshot().psr, snapshot().psrQuarantined, nc.digits);
      const answers = { psrCase: body.psrCase, activeIngredientsOriginating: body.activeIngredientsOriginating };
      if (bom) return origin({ code, ...psr, bom, ...answers });
      const quick = body as Exclude<OriginBody, typeof bom & object>;
      return origin({
        code,
        ...psr,
        ...answers,
        share: 'share' in quick ? quick.share : undefined,
        wholly: 'wholly' in quick ? quick.wholly : undefined,
        minimalOperationsOnly: quick.minimalOperationsOnly,
      });
    },

    check(input: CheckInput) {
      return orThrow(runCheck(snapshot(), input));
    },

    checkFromQuery(q: z.output<typeof checkQuerySchema>) {
      const { share, wholly, ...rest } = q;
      return this.check({
        ...rest,
        dest: q.dest as Party,
        date: q.date ?? today(),
        origin: { mode: 'quick', share, wholly: wholly ?? false },
      });
    },
  };
}

export type EngineService = ReturnType<typeof engineService>;
