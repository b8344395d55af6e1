import type { Request, Response } from 'express';
import { emptyQuerySchema, errorEnvelopeSchema, packDestParamsSchema } from '../../domain/schemas/api.js';
import { DIRECTORY_FILE } from '../data/directory-pack.js';
import type { PackFile } from '../data/pack-file.js';
import type { LoadedData } from '../data/load-data.js';
import { HttpError } from '../http/errors.js';
import { pickEncoding } from '../http/client-files.js';
import { route, type RouteDef } from './route.js';

/** Send a pack: strong ETag, 304 on If-None-Match, brotli or gzip when accepted; revalidated on every use. */
async function sendPack(file: PackFile | undefined, req: Request, res: Response): Promise<void> {
  if (!file) throw new HttpError(404, 'pack-not-available');
  res.setHeader('etag', file.etag);
  res.setHeader('cache-control', 'no-cache');
  res.setHeader('vary', 'accept-encoding');
  const inm = req.get('if-none-match');
  if (inm && inm.split(',').some((t) => t.trim().replace(/^W\//, '') === file.etag)) {
    res.status(304).end();
    return;
  }
  res.type('application/json');
  const enc = pickEncoding(req);
  if (enc === 'br' || enc === 'gzip') {
    res.setHeader('content-encoding', enc);
    res.send(await (enc === 'br' ? file.brotli() : file.gzip()));
  } else {
    res.send(await file.raw());
  }
}

const docs = {
  200: { description: 'the pack JSON (brotli or gzip when accepted; ETag)', schema: undefined },
  304: { description: 'not modified' },
  404: { description: 'pack not available', schema: errorEnvelopeSchema },
};

export function packRoutes(data: LoadedData): RouteDef[] {
  const named = (
    name: 'hs' | 'psr' | 'annex1' | typeof DIRECTORY_FILE,
    summary = `data/packs/${name}.json for the offline client`,
  ) =>
    route({
      method: 'get',
      path: `/api/v1/packs/${name}`,
      operationId: `getPack${name[0].toUpperCase()}${name.slice(1)}`,
      tag: 'packs',
      summary,
      query: emptyQuerySchema,
      responses: docs,
      handle: async ({ req, res }) => sendPack(data.files.get(name), req, res),
    });
  return [
    named('hs'),
    named('psr'),
    named('annex1'),
    named(DIRECTORY_FILE, 'The programmes and contact units GET /api/v1/programmes matches on, for the offline client'),
    route({
      method: 'get',
      path: '/api/v1/packs/:dest',
      operationId: 'getTariffPack',
      tag: 'packs',
      summary: 'data/packs/tariff-<dest>.json for the offline client',
      params: packDestParamsSchema,
      query: emptyQuerySchema,
      responses: { ...docs, 400: { description: 'unknown destination', schema: errorEnvelopeSchema } },
      handle: async ({ params, req, res }) => sendPack(data.files.get(params.dest), req, res),
    }),
  ];
}
