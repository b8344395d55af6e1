import { createHash } from 'node:crypto';
import { errorEnvelopeSchema } from '../../domain/schemas/api.js';
import {
  examinedUploadSchema,
  publicationIdParamsSchema,
  publicationListSchema,
  publicationsQuerySchema,
  publishedUploadSchema,
  rollbackBodySchema,
  rolledBackSchema,
  uploadBodySchema,
  type UploadBody,
} from '../../domain/schemas/staff-data.js';
import type { LoadedData } from '../data/load-data.js';
import { HttpError } from '../http/errors.js';
import { route } from '../routes/route.js';
import { annex1Kind } from './annex1-upload.js';
import { audit } from './audit-repo.js';
import { staffOf } from './guard.js';
import { psrKind } from './psr-upload.js';
import type { ApplyPublication, PublicationSync } from './publication-sync.js';
import {
  activate,
  activeContent,
  deactivateAll,
  listPublications,
  lockPack,
  packOf,
  publish,
} from './publications-repo.js';
import type { SqlRunner } from './sql.js';
import { ADMIN, staff, STAFF_PREFIX, type StaffRouteDef } from './staff-route.js';
import { UPLOAD_PACKS, type AnyUploadKind, type UploadPack } from './upload-kind.js';

const err = (description: string) => ({ description, schema: errorEnvelopeSchema });
const denied = { 401: err('not-signed-in'), 403: err('wrong-role or csrf-token-invalid') };
/** JSON bodies of the upload routes may carry a whole schedule */
export const UPLOAD_LIMIT = '8mb';
export const DATA_PREFIX = `${STAFF_PREFIX}/data`;

/** the upload kinds: Annex I schedule (annex1-upload.ts) and Annex 3A product-specific rules (psr-upload.ts) */
const KINDS: Record<UploadPack, AnyUploadKind> = {
  annex1: annex1Kind,
  psr: psrKind,
};

/** how each upload pack is put into service when the database says it is active (publication-sync.ts) */
export function uploadAppliers(): Record<string, ApplyPublication> {
  return Object.fromEntries(
    Object.values(KINDS).map((k): [string, ApplyPublication] => [k.pack, (data, content) => k.use(data, content)]),
  );
}

export function dataRoutes(db: SqlRunner, data: LoadedData, sync: PublicationSync): StaffRouteDef[] {
  const examine = (body: UploadBody) => {
    const kind = KINDS[body.kind];
    const up = kind.parse(body.fileName, body.csv);
    const report = {
      accepted: up.accepted,
      quarantined: up.quarantine.length,
      quarantine: up.quarantine.slice(0, 500),
      sources: up.sources.map((s) => ({ id: s.id, title: s.title, asOf: s.asOf })),
    };
    return { kind, up, report };
  };
  return [
    staff(
      ADMIN,
      route({
        method: 'post',
        path: `${DATA_PREFIX}/uploads`,
        operationId: 'staffExamineUpload',
        tag: 'staff',
        summary:
          "Import report (rows accepted / quarantined and why) and diff against the current pack ('annex1' or 'psr'); nothing is published",
        body: uploadBodySchema,
        responses: {
          200: { description: 'report and diff', schema: examinedUploadSchema },
          400: err('bad input'),
          ...denied,
        },
        handle: async ({ body }) => {
          const { kind, up, report } = examine(body);
          return { body: { pack: body.kind, report, diff: kind.diff(kind.current(data), up) } };
        },
      }),
    ),
    staff(
      ADMIN,
      route({
        method: 'post',
        path: `${DATA_PREFIX}/publications`,
        operationId: 'staffPublishUpload',
        tag: 'staff',
        summary:
          'Publish an upload: recorded with who and when; the previous pack is kept for rollback; the engine uses it at once',
        body: uploadBodySchema,
        responses: {
          201: { description: 'published', schema: publishedUploadSchema },
          400: err('bad input or nothing-to-publish'),
          ...denied,
        },
        handle: async ({ body, res }) => {
          const me = staffOf(res);
          const { kind, up, report } = examine(body);
          if (kind.rows(up) === 0) throw new HttpError(400, 'nothing-to-publish', 'csv');
          const sha = createHash('sha256').update(body.csv).digest('hex');
          // the merge base is the pack the database records as active, read under the pack's lock, so
          // a publish on another server (or a concurrent one here) is merged into, never overwritten
          const { id, merged, diff } = await db.tx(async (q) => {
            await lockPack(q, kind.pack);
            const base = (await activeContent(q, kind.pack)) ?? kind.boot(data);
            const diff = kind.diff(base, up);
            const merged = kind.merge(base, up);
            const pid = await publish(q, {
              pack: kind.pack,
              userId: me.user.id,
              sourceName: body.fileName,
              sourceSha256: sha,
              report: { ...report, diff },
              content: merged,
            });
            await audit(q, {
              actor: me.user.username,
              action: 'data-publish',
              target: pid,
              detail: { pack: kind.pack, file: body.fileName, sha256: sha, accepted: up.accepted },
            });
            return { id: pid, merged, diff };
          });
          await sync.applied(id, merged);
          return { status: 201, body: { id, pack: kind.pack, report, diff } };
        },
      }),
    ),
    staff(
      ADMIN,
      route({
        method: 'get',
        path: `${DATA_PREFIX}/publications`,
        operationId: 'staffListPublications',
        tag: 'staff',
        summary:
          'Every publish of one pack (?pack=annex1|psr) or of all (who, when, pack, file, sha256, report), newest first',
        query: publicationsQuerySchema,
        responses: {
          200: { description: 'publications', schema: publicationListSchema },
          400: err('bad pack'),
          ...denied,
        },
        handle: async ({ query }) => ({
          body: {
            pack: query.pack ?? null,
            // pack_publications also records other publications (e.g. directory edits): only the data packs here
            publications: (await listPublications(db, query.pack)).filter((p) =>
              (UPLOAD_PACKS as readonly string[]).includes(p.pack),
            ),
          },
        }),
      }),
    ),
    staff(
      ADMIN,
      route({
        method: 'post',
        path: `${DATA_PREFIX}/publications/:id/activate`,
        operationId: 'staffRollback',
        tag: 'staff',
        summary:
          "Roll back one pack: make an earlier publication (or 'original', the pack the server booted with; body { pack }) the one in use",
        params: publicationIdParamsSchema,
        body: rollbackBodySchema,
        responses: {
          200: { description: 'in use now', schema: rolledBackSchema },
          400: err('bad id or pack-required'),
          404: err('unknown-publication'),
          ...denied,
        },
        handle: async ({ params, body, res }) => {
          const me = staffOf(res);
          if (params.id === 'original' && !body.pack) throw new HttpError(400, 'pack-required', 'pack');
          const done = await db.tx(async (q) => {
            const pack = (params.id === 'original' ? body.pack : await packOf(q, params.id)) as UploadPack | null;
            // a publication of another pack (e.g. 'directory', directory-edit-routes.ts) is not rolled back here
            if (!pack || !UPLOAD_PACKS.includes(pack) || (body.pack && body.pack !== pack)) return null;
            await lockPack(q, pack);
            if (params.id === 'original') await deactivateAll(q, pack);
            else if (!(await activate(q, pack, params.id))) return null;
            await audit(q, { actor: me.user.username, action: 'data-rollback', target: params.id, detail: { pack } });
            return { pack };
          });
          if (!done) throw new HttpError(404, 'unknown-publication', 'id');
          await sync.committed();
          return { body: { pack: done.pack, active: params.id } };
        },
      }),
    ),
  ];
}
