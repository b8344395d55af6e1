import { createHash } from 'node:crypto';
import { z } from 'zod';
import { errorEnvelopeSchema } from '../../domain/schemas/api.js';
import type { Annex1Pack } from '../../domain/schemas/index.js';
import type { LoadedData } from '../data/load-data.js';
import { HttpError } from '../http/errors.js';
import { route } from '../routes/route.js';
import { diffAnnex1, mergeAnnex1, parseAnnex1Upload, useAnnex1 } from './annex1-upload.js';
import { audit } from './audit-repo.js';
import { staffOf } from './guard.js';
import { activate, activeContent, listPublications, publish } from './publications-repo.js';
import type { SqlRunner } from './sql.js';
import { ADMIN, staff, STAFF_PREFIX, type StaffRouteDef } from './staff-route.js';

const err = (description: string) => ({ description, schema: errorEnvelopeSchema });
const denied = { 401: err('not-signed-in'), 403: err('wrong-role or csrf-token-invalid') };
const PACK = 'annex1';
/** JSON bodies of the upload routes may carry a whole schedule */
export const UPLOAD_LIMIT = '8mb';
export const DATA_PREFIX = `${STAFF_PREFIX}/data`;

const uploadBody = z.strictObject({
  kind: z.literal('annex1', { error: 'upload-kind-unsupported' }),
  fileName: z.string().trim().min(1).max(120),
  csv: z.string().min(1, 'upload-empty').max(8_000_000, 'upload-too-large'),
});

/** the published pack (if any) replaces the boot pack; call once at start-up */
export async function restorePublished(db: SqlRunner, data: LoadedData): Promise<boolean> {
  const content = (await activeContent(db, PACK)) as Annex1Pack | null;
  if (content) useAnnex1(data, content);
  return !!content;
}

export function dataRoutes(db: SqlRunner, data: LoadedData): StaffRouteDef[] {
  const original = data.index.packs.annex1 as Annex1Pack;
  const current = () => data.index.packs.annex1 as Annex1Pack;
  const examine = (body: z.output<typeof uploadBody>) => {
    const up = parseAnnex1Upload(body.fileName, body.csv);
    const report = {
      accepted: up.accepted,
      quarantined: up.quarantine.length,
      quarantine: up.quarantine.slice(0, 500),
      sources: up.sources.map((s) => ({ id: s.id, title: s.title, asOf: s.asOf })),
    };
    return { up, report, diff: diffAnnex1(current().lines, up.lines) };
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
          'Import report (rows accepted / quarantined and why) and diff against the current pack; nothing is published',
        body: uploadBody,
        responses: { 200: { description: 'report and diff' }, 400: err('bad input'), ...denied },
        handle: async ({ body }) => {
          const { report, diff } = examine(body);
          return { body: { report, diff } };
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
        body: uploadBody,
        responses: { 201: { description: 'published' }, 400: err('bad input or nothing-to-publish'), ...denied },
        handle: async ({ body, res }) => {
          const me = staffOf(res);
          const { up, report, diff } = examine(body);
          if (up.lines.length === 0) throw new HttpError(400, 'nothing-to-publish', 'csv');
          const merged = mergeAnnex1(current(), up);
          const sha = createHash('sha256').update(body.csv).digest('hex');
          const id = await db.tx(async (q) => {
            const pid = await publish(q, {
              pack: PACK,
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
              detail: { pack: PACK, file: body.fileName, sha256: sha, accepted: up.accepted },
            });
            return pid;
          });
          useAnnex1(data, merged);
          return { status: 201, body: { id, report, diff } };
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
        summary: 'Every publish (who, when, file, sha256, report), newest first',
        responses: { 200: { description: 'publications' }, ...denied },
        handle: async () => ({ body: { pack: PACK, publications: await listPublications(db, PACK) } }),
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
          "Roll back: make an earlier publication (or 'original', the pack the server booted with) the one in use",
        params: z.strictObject({ id: z.union([z.uuid(), z.literal('original')], { error: 'publication-id-invalid' }) }),
        body: z.strictObject({}),
        responses: {
          200: { description: 'in use now' },
          400: err('bad id'),
          404: err('unknown-publication'),
          ...denied,
        },
        handle: async ({ params, res }) => {
          const me = staffOf(res);
          const content = await db.tx(async (q) => {
            const c =
              params.id === 'original'
                ? (await q.run('UPDATE pack_publications SET active = 0 WHERE pack = ?', [PACK]), original)
                : await activate(q, PACK, params.id);
            if (c)
              await audit(q, {
                actor: me.user.username,
                action: 'data-rollback',
                target: params.id,
                detail: { pack: PACK },
              });
            return c as Annex1Pack | null;
          });
          if (!content) throw new HttpError(404, 'unknown-publication', 'id');
          useAnnex1(data, content);
          return { body: { active: params.id } };
        },
      }),
    ),
  ];
}
