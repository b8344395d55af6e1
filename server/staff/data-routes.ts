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
import { activate, activeContent, listPublications, packOf, publish } from './publications-repo.js';
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

/** the published packs (if any) replace the boot packs; call once at start-up */
export async function restorePublished(db: SqlRunner, data: LoadedData): Promise<UploadPack[]> {
  const restored: UploadPack[] = [];
  for (const kind of Object.values(KINDS)) {
    const content = await activeContent(db, kind.pack);
    if (!content) continue;
    kind.use(data, content);
    restored.push(kind.pack);
  }
  return restored;
}

export function dataRoutes(db: SqlRunner, data: LoadedData): StaffRouteDef[] {
  // the packs the server booted with, for rollback to 'original' (captured before restorePublished runs)
  // and the files served then, so a client holding the boot pack keeps a valid ETag after a rollback
  const original = new Map(Object.values(KINDS).map((k) => [k.pack, k.current(data)]));
  const originalFiles = new Map(UPLOAD_PACKS.map((p) => [p, data.files.get(p)]));
  const examine = (body: UploadBody) => {
    const kind = KINDS[body.kind];
    const up = kind.parse(body.fileName, body.csv);
    const report = {
      accepted: up.accepted,
      quarantined: up.quarantine.length,
      quarantine: up.quarantine.slice(0, 500),
      sources: up.sources.map((s) => ({ id: s.id, title: s.title, asOf: s.asOf })),
    };
    return { kind, up, report, diff: kind.diff(kind.current(data), up) };
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
          const { report, diff } = examine(body);
          return { body: { pack: body.kind, report, diff } };
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
          const { kind, up, report, diff } = examine(body);
          if (kind.rows(up) === 0) throw new HttpError(400, 'nothing-to-publish', 'csv');
          const merged = kind.merge(kind.current(data), up);
          const sha = createHash('sha256').update(body.csv).digest('hex');
          const id = await db.tx(async (q) => {
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
            return pid;
          });
          kind.use(data, merged);
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
            const content =
              params.id === 'original'
                ? (await q.run('UPDATE pack_publications SET active = 0 WHERE pack = ?', [pack]), original.get(pack))
                : await activate(q, pack, params.id);
            if (!content) return null;
            await audit(q, { actor: me.user.username, action: 'data-rollback', target: params.id, detail: { pack } });
            return { pack, content };
          });
          if (!done) throw new HttpError(404, 'unknown-publication', 'id');
          KINDS[done.pack].use(data, done.content);
          const bootFile = originalFiles.get(done.pack);
          if (params.id === 'original' && bootFile) data.files.set(done.pack, bootFile);
          return { body: { pack: done.pack, active: params.id } };
        },
      }),
    ),
  ];
}
